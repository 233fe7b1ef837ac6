package io.commerceresolver.console.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The policy features the tenant's live version is held to, as pages, with the last run of them against that version.
 * Publishing keeps its own run; a live version with none (the shared rule set, a version loaded at start-up) is run in
 * the background as soon as the manual is opened: a job ({@link ManualChecks}), so the seconds it takes hold no request
 * and no database connection, and one run at a time per tenant and version.
 */
public class PolicyManual {

    private static final Logger log = LoggerFactory.getLogger(PolicyManual.class);

    private final RuleSets ruleSets;
    private final WorkQueue work;
    private final Transactions transactions;
    private final ManualCheckFailures failures;

    public PolicyManual(RuleSets ruleSets, WorkQueue work, Transactions transactions, ManualCheckFailures failures) {
        this.ruleSets = ruleSets;
        this.work = work;
        this.transactions = transactions;
        this.failures = failures;
    }

    /**
     * The live version, its last check if one was kept (null otherwise), whether a run of it is under way, and the
     * failure of the last run if it failed after that check (null otherwise).
     */
    public record Status(String version, PolicyFeatureCheck check, boolean checking, ManualCheckFailures.Failure failure) {

        public boolean checked() {
            return check != null;
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * The manual's state; opening it asks for a run when the live version has no result yet, unless the last run
     * failed: that one is shown, and only {@link #check} asks again.
     */
    public Status status(String tenantId) {
        String live = ruleSets.activeVersion(tenantId);
        Optional<PolicyFeatureCheck> check = ruleSets.lastFeatureCheck(tenantId, live);
        Optional<ManualCheckFailures.Failure> failure = failures.find(tenantId, live)
                .filter(f -> check.isEmpty() || f.failedAt().isAfter(check.get().checkedAt()));
        if (check.isPresent() || failure.isPresent()) {
            return new Status(live, check.orElse(null), false, failure.orElse(null));
        }
        requestRun(tenantId, live);
        return new Status(live, null, true, null);
    }

    public List<ManualPages.Feature> features(String tenantId, Status status) {
        List<ManualPages.Feature> features = new ArrayList<>();
        for (Map.Entry<String, String> file : ruleSets.liveFeatures(tenantId).entrySet()) {
            features.add(ManualPages.of(file.getKey(), file.getValue(), status.checked() ? status.check().report() : null));
        }
        return features;
    }

    public ManualPages.Feature feature(String tenantId, Status status, String slug) {
        Optional<Map.Entry<String, String>> file = ruleSets.liveFeatures(tenantId).entrySet().stream()
                .filter(e -> ManualPages.slugOf(e.getKey()).equals(slug)).findFirst();
        Map.Entry<String, String> found = file.orElseThrow(() -> new NotFound("policy feature", slug));
        return ManualPages.of(found.getKey(), found.getValue(), status.checked() ? status.check().report() : null);
    }

    /** Runs the live version's features again, in the background; the manual shows the run once it is kept. */
    public String check(String tenantId) {
        String live = ruleSets.activeVersion(tenantId);
        // a failure kept is forgotten, so the manual says the run is under way until its result (or failure) is in
        transactions.inTransaction(() -> failures.forget(tenantId, live));
        requestRun(tenantId, live);
        return live;
    }

    /** One job per tenant and version: asked for again while it waits or runs, it is the same job. */
    private void requestRun(String tenantId, String version) {
        try {
            transactions.inTransaction(() -> work.enqueue(tenantId, JobKind.CHECK_FEATURES, version));
        } catch (RuntimeException raced) {
            // two pages opened at the same moment may both try to add the job; the unique key keeps one, which runs
            log.debug("The features' run of version {} for tenant {} was asked for at the same moment: {}", version, tenantId, raced.toString());
        }
    }
}

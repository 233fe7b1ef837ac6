package io.commerceresolver.console.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.NotFound;

/** The policy features the tenant's live version is held to, as pages, with the last run of them against that version. */
public class PolicyManual {

    private final RuleSets ruleSets;

    public PolicyManual(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The live version, and its last check if one was kept (null otherwise). */
    public record Status(String version, PolicyFeatureCheck check) {

        public boolean checked() {
            return check != null;
        }
    }

    public Status status(String tenantId) {
        String live = ruleSets.activeVersion(tenantId);
        return new Status(live, ruleSets.lastFeatureCheck(tenantId, live).orElse(null));
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

    /** Runs the live version's features now; the manual then shows this run. */
    public PolicyFeatureCheck check(String tenantId) {
        return ruleSets.checkLiveFeatures(tenantId);
    }
}

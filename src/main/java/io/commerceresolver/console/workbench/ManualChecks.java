package io.commerceresolver.console.workbench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Runs the policy features against a tenant's live version for the manual ({@link JobKind#CHECK_FEATURES}, ref: the
 * version). The run takes seconds and touches no database; its result is kept in a short transaction of its own, and
 * the job ends after it. While the job waits or runs, asking for it again is a no-op: one run per tenant and version.
 */
public class ManualChecks implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ManualChecks.class);

    private final RuleSets ruleSets;
    private final WorkQueue work;
    private final Transactions transactions;

    public ManualChecks(RuleSets ruleSets, WorkQueue work, Transactions transactions) {
        this.ruleSets = ruleSets;
        this.work = work;
        this.transactions = transactions;
    }

    @Override
    public JobKind kind() {
        return JobKind.CHECK_FEATURES;
    }

    @Override
    public void handle(Job job) {
        // a version that is no longer live needs no run: the manual shows the live one, which asks for its own
        if (job.ref().equals(ruleSets.activeVersion(job.tenantId()))) {
            PolicyFeatureCheck check = ruleSets.checkLiveFeatures(job.tenantId());
            log.info("Policy features against version {} for tenant {}: {} of {} scenarios pass", check.version(), job.tenantId(),
                    check.report().passed(), check.report().scenarios());
        }
        transactions.inTransaction(() -> work.done(job));
    }

    @Override
    public void giveUp(Job job, String error) {
        // nothing is lost: the manual says the version is not checked yet, and opening it asks for a run again
        log.error("The policy features could not be run against version {} for tenant {}: {}", job.ref(), job.tenantId(), error);
    }
}

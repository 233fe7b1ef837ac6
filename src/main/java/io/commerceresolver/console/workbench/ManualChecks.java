package io.commerceresolver.console.workbench;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;

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
 *
 * <p>The features run one at a time in this service, and the workers are shared with tickets, store calls and deadlines:
 * so one worker at most runs them here, and a job that finds another run under way goes back to the queue for a little
 * later (not a failed attempt) instead of holding a second worker while it waits. A run that fails on every attempt is
 * kept ({@link ManualCheckFailures}): the manual shows it and does not ask for it again until someone does.
 */
public class ManualChecks implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ManualChecks.class);
    /** About a run's length: long enough not to keep the queue busy with jobs that wait, short for the manual's reader. */
    private static final Duration WHILE_ANOTHER_RUNS = Duration.ofSeconds(3);

    private final RuleSets ruleSets;
    private final WorkQueue work;
    private final Transactions transactions;
    private final ManualCheckFailures failures;
    private final Clock clock;
    private final Semaphore running = new Semaphore(1);

    public ManualChecks(RuleSets ruleSets, WorkQueue work, Transactions transactions, ManualCheckFailures failures, Clock clock) {
        this.ruleSets = ruleSets;
        this.work = work;
        this.transactions = transactions;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.CHECK_FEATURES;
    }

    @Override
    public void handle(Job job) {
        if (!running.tryAcquire()) {
            transactions.inTransaction(() -> work.later(job, clock.instant().plus(WHILE_ANOTHER_RUNS)));
            return;
        }
        try {
            // a version that is no longer live needs no run: the manual shows the live one, which asks for its own
            if (job.ref().equals(ruleSets.activeVersion(job.tenantId()))) {
                PolicyFeatureCheck check = ruleSets.checkLiveFeatures(job.tenantId());
                log.info("Policy features against version {} for tenant {}: {} of {} scenarios pass", check.version(), job.tenantId(),
                        check.report().passed(), check.report().scenarios());
            }
        } finally {
            running.release();
        }
        transactions.inTransaction(() -> work.done(job));
    }

    @Override
    public void giveUp(Job job, String error) {
        log.error("The policy features could not be run against version {} for tenant {}: {}", job.ref(), job.tenantId(), error);
        failures.keep(job.tenantId(), job.ref(), new ManualCheckFailures.Failure(error, clock.instant()));
    }
}

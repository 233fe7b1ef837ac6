package io.commerceresolver.playbook.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Fires the BPMN timers {@link DatabaseJobsService} keeps, when their job falls due. The process moves on, the
 * timer row goes (or moves to its next firing) and the job ends in one transaction: a crash before the commit
 * leaves the timer due, and it fires after the restart; a person who decided the approval a moment earlier wins
 * (the process instance's version changed, this transaction fails and on its retry the timer is gone).
 */
@Component
class ProcessTimerJobs implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessTimerJobs.class);

    private final ProcessTimerMapper timers;
    private final KogitoProcessEngine engine;
    private final WorkQueue work;
    private final Transactions transactions;

    ProcessTimerJobs(ProcessTimerMapper timers, KogitoProcessEngine engine, WorkQueue work, Transactions transactions) {
        this.timers = timers;
        this.engine = engine;
        this.work = work;
        this.transactions = transactions;
    }

    @Override
    public JobKind kind() {
        return JobKind.FIRE_TIMER;
    }

    @Override
    public void handle(Job job) {
        transactions.inTransaction(() -> {
            ProcessTimer timer = timers.find(job.tenantId(), job.ref()).orElse(null);
            if (timer == null) {
                work.done(job); // cancelled: the task it watched was done in time
                return;
            }
            // the row goes first: the process, reaching its next timer or leaving this one, may cancel or add timers
            if (timer.repeats()) {
                ProcessTimer next = timer.next();
                timers.reschedule(timer.tenantId(), timer.id(), next.fireAt(), next.repeatsLeft());
                work.done(job);
                work.schedule(timer.tenantId(), JobKind.FIRE_TIMER, timer.id(), next.fireAt());
            } else {
                timers.delete(timer.tenantId(), timer.id());
                work.done(job);
            }
            int firingsLeft = timer.repeats() ? (timer.repeatsLeft() == null ? -1 : timer.repeatsLeft() - 1) : 0;
            if (!engine.fireTimer(timer, firingsLeft)) {
                log.info("Timer {} of {} {} is moot: the process instance has ended", timer.id(), timer.processId(), timer.processInstanceId());
            }
        });
    }

    @Override
    public void giveUp(Job job, String error) {
        // the process stays where it was, waiting; the timer row shows what was due and when
        log.error("Timer {} of tenant {} could not be fired: {}", job.ref(), job.tenantId(), error);
    }
}

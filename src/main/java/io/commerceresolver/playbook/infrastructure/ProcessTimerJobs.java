package io.commerceresolver.playbook.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.PlaybookRuns;
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
    private final PlaybookRuns runs;

    ProcessTimerJobs(ProcessTimerMapper timers, KogitoProcessEngine engine, WorkQueue work, Transactions transactions,
                     @Lazy PlaybookRuns runs) {
        this.runs = runs;
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
            ProcessTimer timer = lockingItsRun(timers.find(job.tenantId(), job.ref()).orElse(null));
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

    /**
     * The timer as it is once its run is locked. A deadline changes the approval and then the run, an operator's
     * cancel locks the run and then withdraws the approval: both take the run's lock first, so they queue up rather
     * than deadlock, and a timer the cancel removed meanwhile is gone when read again.
     */
    private ProcessTimer lockingItsRun(ProcessTimer timer) {
        if (timer == null) {
            return null;
        }
        String root = timer.rootProcessInstanceId() != null ? timer.rootProcessInstanceId() : timer.processInstanceId();
        Optional<String> runId = timers.runOfProcess(timer.tenantId(), root);
        if (runId.isEmpty()) {
            return timer;
        }
        runs.lock(timer.tenantId(), runId.get());
        return timers.find(timer.tenantId(), timer.id()).orElse(null);
    }

    /**
     * The process stays where it was, waiting (an approval stays in the inbox and may still be decided); the timer row
     * shows what was due and when. The run's story and its ticket say that the deadline could not be acted on, so that
     * a person sees it rather than a log line only.
     */
    @Override
    public void giveUp(Job job, String error) {
        log.error("Timer {} of tenant {} could not be fired: {}", job.ref(), job.tenantId(), error);
        transactions.inTransaction(() -> timers.find(job.tenantId(), job.ref()).ifPresent(timer -> {
            String root = timer.rootProcessInstanceId() != null ? timer.rootProcessInstanceId() : timer.processInstanceId();
            // locked first, as a cancel locks it before it removes the timer; a run that has ended meanwhile is left as it is
            timers.runOfProcess(timer.tenantId(), root).map(runId -> runs.lock(timer.tenantId(), runId))
                    .filter(run -> !run.status().isFinal()).ifPresent(run -> {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("failed", "deadline");
                payload.put("timer", timer.id());
                payload.put("dueAt", timer.fireAt());
                payload.put("error", error);
                runs.reportTrouble(run, "deadline", "A deadline due at " + timer.fireAt() + " could not be acted on (" + error
                        + "); the run still waits where it was", payload);
            });
        }));
    }
}

package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;
import java.time.Instant;

import org.kie.kogito.jobs.ExpirationTime;
import org.kie.kogito.jobs.JobDescription;
import org.kie.kogito.jobs.JobsService;
import org.kie.kogito.jobs.JobsServiceException;
import org.kie.kogito.jobs.descriptors.ProcessInstanceJobDescription;
import org.springframework.stereotype.Component;

import io.commerceresolver.system.TenantScope;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Kogito's timers kept in the project's database instead of Kogito's in-memory job service, which forgets them on a
 * stop. Kogito calls this inside the step that reaches or leaves a timer (an approval's deadline), so the timer row
 * and its FIRE_TIMER job commit or roll back with the process state that set them. Nothing is armed in memory: the
 * workers of whichever instance is up claim the job when it is due, once ({@link ProcessTimerJobs}).
 * Only timers on process instances (boundary and intermediate timers) exist in our processes; Kogito's user task
 * deadlines and timer start events are refused rather than silently dropped.
 */
@Component
class DatabaseJobsService implements JobsService {

    private final ProcessTimerMapper timers;
    private final WorkQueue work;
    private final Clock clock;

    DatabaseJobsService(ProcessTimerMapper timers, WorkQueue work, Clock clock) {
        this.timers = timers;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public String scheduleJob(JobDescription description) {
        if (!(description instanceof ProcessInstanceJobDescription job)) {
            throw new JobsServiceException("Only timers of running process instances are kept (boundary and intermediate timers); "
                    + "this service refuses " + description);
        }
        ExpirationTime expiration = job.expirationTime();
        Instant fireAt = expiration.get().toInstant();
        Long interval = expiration.repeatInterval();
        Integer limit = expiration.repeatLimit();
        String tenantId = tenantOf(job);
        timers.insert(new ProcessTimer(job.id(), tenantId, job.processId(), job.processInstanceId(), job.rootProcessId(),
                job.rootProcessInstanceId(), job.nodeInstanceId(), job.timerId(), fireAt, interval,
                interval == null || limit == null || limit < 0 ? null : limit, clock.instant()));
        work.schedule(tenantId, JobKind.FIRE_TIMER, job.id(), fireAt);
        return job.id();
    }

    @Override
    public boolean cancelJob(String id) {
        return timers.findAnyTenant(id).map(timer -> {
            work.cancel(timer.tenantId(), JobKind.FIRE_TIMER, id);
            return timers.delete(timer.tenantId(), id) > 0;
        }).orElse(false);
    }

    /** The tenant whose step set the timer; system work (a test, a migration) finds it through the run. */
    private String tenantOf(ProcessInstanceJobDescription job) {
        String current = TenantScope.current().orElse("");
        if (TenantScope.isTenantId(current)) {
            return current;
        }
        String root = job.rootProcessInstanceId() != null ? job.rootProcessInstanceId() : job.processInstanceId();
        return TenantScope.acrossTenants(() -> timers.tenantOfRunProcess(root)).orElseThrow(() -> new IllegalStateException(
                "Timer " + job.id() + " of process instance " + job.processInstanceId() + " belongs to no run, so to no tenant"));
    }
}

package io.commerceresolver.work.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.commerceresolver.system.Ids;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/** The job table behind {@link WorkQueue}, and the claims the workers make on it. */
class JobsDatabase implements WorkQueue {

    private static final int MAX_ERROR = 2000;

    private final JobMapper jobs;
    private final WorkerIdentity worker;
    private final Clock clock;
    private final Runnable wakeWorkers;

    JobsDatabase(JobMapper jobs, WorkerIdentity worker, Clock clock, Runnable wakeWorkers) {
        this.jobs = jobs;
        this.worker = worker;
        this.clock = clock;
        this.wakeWorkers = wakeWorkers;
    }

    @Override
    public void enqueue(String tenantId, JobKind kind, String ref) {
        Instant now = clock.instant();
        WorkerIdentity.Current current = worker.current();
        String id = Ids.newId();
        // a worker keeps the work it creates: the next step of a run follows on the same thread, with no poll between
        boolean kept = current != null;
        JobMapper.JobRow row = new JobMapper.JobRow(id, tenantId, kind.name(), ref, now, kept ? worker.owner() : null,
                kept ? now.plus(worker.lease()) : null, kept ? 1 : 0, now);
        if (jobs.insertIfAbsent(row) == 0) {
            return;
        }
        Job job = new Job(id, tenantId, kind, ref, now, row.attempts());
        afterCommit(() -> {
            if (kept) {
                current.handOver(job);
            } else {
                wakeWorkers.run();
            }
        });
    }

    @Override
    public void schedule(String tenantId, JobKind kind, String ref, Instant dueAt) {
        Instant now = clock.instant();
        JobMapper.JobRow row = new JobMapper.JobRow(Ids.newId(), tenantId, kind.name(), ref, dueAt, null, null, 0, now);
        if (jobs.insertIfAbsent(row) == 1 && !dueAt.isAfter(now)) {
            afterCommit(wakeWorkers);
        }
    }

    @Override
    public boolean cancel(String tenantId, JobKind kind, String ref) {
        return jobs.deleteByRef(tenantId, kind.name(), ref) > 0;
    }

    @Override
    public void done(Job job) {
        jobs.delete(job.id());
    }

    @Override
    public void retryAt(Job job, Instant dueAt, String why) {
        jobs.release(job.id(), dueAt, why == null || why.length() <= MAX_ERROR ? why : why.substring(0, MAX_ERROR));
        afterCommit(wakeWorkers);
    }

    @Override
    public void later(Job job, Instant dueAt) {
        jobs.postpone(job.id(), dueAt);
    }

    /** Leases up to {@code limit} due jobs to this instance; runs in its own short transaction. */
    List<Job> claimDue(int limit) {
        Instant now = clock.instant();
        List<String> ids = jobs.lockDue(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        jobs.lease(ids, worker.owner(), now.plus(worker.lease()));
        return jobs.findByIds(ids);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

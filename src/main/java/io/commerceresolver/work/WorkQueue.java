package io.commerceresolver.work;

import java.time.Instant;

/**
 * The queue as the features see it. Every method works in the caller's transaction, so a job appears with the
 * records that called for it and disappears with the records of its outcome: work is never lost nor done twice
 * because a transaction failed half-way.
 */
public interface WorkQueue {

    /**
     * Adds work (once: the same kind and ref is a no-op). Called by a worker, the job is leased to that worker, which
     * carries it out right after its current job commits; otherwise any idle worker picks it up after the commit.
     */
    void enqueue(String tenantId, JobKind kind, String ref);

    /**
     * Adds work that is not due before {@code dueAt} (once: the same kind and ref is a no-op). Nothing holds it in
     * memory: any instance's workers claim it when it is due, after a restart too.
     */
    void schedule(String tenantId, JobKind kind, String ref, Instant dueAt);

    /** Drops work that is no longer wanted, if it is still waiting; true if there was such work. */
    boolean cancel(String tenantId, JobKind kind, String ref);

    /** The job is finished: its outcome is recorded in the same transaction. */
    void done(Job job);

    /** The job cannot be done now: it is released and becomes due again at {@code dueAt}. */
    void retryAt(Job job, Instant dueAt, String why);

    /**
     * The job is not for now, and nothing failed (its handler is busy with another): it is released, becomes due again
     * at {@code dueAt}, and this claim does not count among its attempts.
     */
    void later(Job job, Instant dueAt);
}

package io.commerceresolver.work;

/**
 * Carries out the jobs of one kind. A handler ends each job itself, with {@link WorkQueue#done} or
 * {@link WorkQueue#retryAt} in the transaction that records the outcome. If it throws instead, the job is retried
 * later with backoff, and after the last attempt {@link #giveUp} closes it.
 */
public interface JobHandler {

    JobKind kind();

    void handle(Job job);

    /** The job failed on every attempt: record the failure where people will see it, and end the job. */
    void giveUp(Job job, String error);
}

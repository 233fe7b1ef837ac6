package io.commerceresolver.console.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's counts over time: the runs started in each bucket with their approvals' outcomes, and their store
 * calls, counted in the database, bucket by bucket (the buckets' ends are given, oldest first; the first starts at
 * {@code from}).
 */
public interface DashboardQueries {

    /** @param approvalOutcome the outcome of the runs' approval; null for the runs that asked for none */
    record RunsInBucket(int bucket, String playbook, String status, String approvalOutcome, long runs) {
    }

    record CallsInBucket(int bucket, String playbook, String tool, String status, long count) {
    }

    List<RunsInBucket> runs(String tenantId, Instant from, List<Instant> ends);

    List<CallsInBucket> toolCalls(String tenantId, Instant from, List<Instant> ends);
}

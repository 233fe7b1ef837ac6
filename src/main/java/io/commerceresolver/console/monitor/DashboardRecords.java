package io.commerceresolver.console.monitor;

import java.time.Instant;
import java.util.List;

import io.commerceresolver.metrics.MetricsRecords;

/**
 * What the dashboard draws a period from: the runs started in each of its buckets, read from the database at
 * {@code readAt}. The buckets are those of the period as it stood then.
 */
public interface DashboardRecords {

    PeriodRecords read(String tenantId, Period period);

    /**
     * @param runs        by bucket, playbook, status and approval outcome
     * @param calls       the runs' store calls by bucket, playbook, tool and status
     * @param waits       the runs' decided approvals
     * @param resolutions the runs that ended: their ticket received, the run ended
     * @param triage      the tickets received in the period, and those that went to a person with no run
     */
    record PeriodRecords(Period period, List<Buckets.Bucket> buckets, Instant readAt, List<DashboardQueries.RunsInBucket> runs,
                         List<DashboardQueries.CallsInBucket> calls, List<MetricsRecords.Span> waits,
                         List<MetricsRecords.Span> resolutions, MetricsRecords.Triage triage) {

        public Instant from() {
            return buckets.get(0).start();
        }

        public Instant to() {
            return buckets.get(buckets.size() - 1).end();
        }
    }
}

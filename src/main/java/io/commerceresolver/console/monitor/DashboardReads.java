package io.commerceresolver.console.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.commerceresolver.metrics.MetricsRecords;

/** Reads a period's records from the database as it is now: four queries, each one pass over the period's runs. */
public class DashboardReads implements DashboardRecords {

    private final DashboardQueries queries;
    private final MetricsRecords records;
    private final Clock clock;

    public DashboardReads(DashboardQueries queries, MetricsRecords records, Clock clock) {
        this.queries = queries;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public PeriodRecords read(String tenantId, Period period) {
        Instant now = clock.instant();
        List<Buckets.Bucket> buckets = Buckets.of(period, now);
        Instant from = buckets.get(0).start();
        Instant to = buckets.get(buckets.size() - 1).end();
        List<Instant> ends = buckets.stream().map(Buckets.Bucket::end).toList();
        int n = buckets.size();
        return new PeriodRecords(period, buckets, now,
                queries.runs(tenantId, from, ends).stream().filter(row -> row.bucket() >= 0 && row.bucket() < n).toList(),
                queries.toolCalls(tenantId, from, ends).stream().filter(row -> row.bucket() >= 0 && row.bucket() < n).toList(),
                records.approvalWaits(tenantId, from, to), records.resolutions(tenantId, from, to), records.triage(tenantId, from, to));
    }
}

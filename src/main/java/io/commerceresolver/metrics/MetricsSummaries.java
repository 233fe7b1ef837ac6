package io.commerceresolver.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.commerceresolver.metrics.MetricsRecords.OutcomeCount;
import io.commerceresolver.metrics.MetricsRecords.RunCount;
import io.commerceresolver.metrics.MetricsRecords.Span;
import io.commerceresolver.metrics.MetricsSummary.Approvals;
import io.commerceresolver.metrics.MetricsSummary.Figures;
import io.commerceresolver.metrics.MetricsSummary.Percentiles;
import io.commerceresolver.metrics.MetricsSummary.ToolCalls;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.system.BadRequest;

/**
 * A tenant's figures for a dashboard, from its own records: the runs started in a window (by default the last 24
 * hours) and what became of them, per playbook and in total. The same figures Prometheus computes from the meters,
 * but exact and for any past window.
 */
public class MetricsSummaries {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    /** Durations are read row by row for their percentiles: a window is at most a year long. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final MetricsRecords records;
    private final Clock clock;

    public MetricsSummaries(MetricsRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param from null for 24 hours before {@code to}; @param to null for now (exclusive) */
    public MetricsSummary summary(String tenantId, Instant from, Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_WINDOW);
        if (!start.isBefore(end)) {
            throw new BadRequest("to", "Query parameter 'to' must be later than 'from'");
        }
        if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw new BadRequest("from", "The window from 'from' to 'to' must be at most 366 days long");
        }
        return summarise(start, end, records.runs(tenantId, start, end), records.approvals(tenantId, start, end),
                records.approvalWaits(tenantId, start, end), records.toolCalls(tenantId, start, end),
                records.resolutions(tenantId, start, end), records.triage(tenantId, start, end));
    }

    /**
     * The figures of the runs started in {@code [start, end)} from their records as read: in total and per playbook
     * that has runs. (The dashboard reads the records bucket by bucket and sums them, rather than read them twice.)
     */
    public static MetricsSummary summarise(Instant start, Instant end, List<RunCount> runs, List<OutcomeCount> approvals, List<Span> waits,
                                           List<OutcomeCount> calls, List<Span> resolutions, MetricsRecords.Triage triage) {
        TreeSet<String> playbooks = new TreeSet<>();
        runs.forEach(count -> playbooks.add(count.playbook()));
        List<Figures> perPlaybook = new ArrayList<>();
        for (String playbook : playbooks) {
            perPlaybook.add(figures(playbook, only(runs, RunCount::playbook, playbook), only(approvals, OutcomeCount::playbook, playbook),
                    only(waits, Span::playbook, playbook), only(calls, OutcomeCount::playbook, playbook),
                    only(resolutions, Span::playbook, playbook)));
        }
        return new MetricsSummary(start, end, figures(null, runs, approvals, waits, calls, resolutions), perPlaybook, triage);
    }

    private static Figures figures(String playbook, List<RunCount> runs, List<OutcomeCount> approvals, List<Span> waits,
                                   List<OutcomeCount> calls, List<Span> resolutions) {
        Map<RunStatus, Long> byStatus = new TreeMap<>();
        long started = 0;
        long automated = 0;
        for (RunCount count : runs) {
            RunStatus status = RunStatus.valueOf(count.status());
            byStatus.merge(status, count.runs(), Long::sum);
            started += count.runs();
            if (status == RunStatus.COMPLETED) {
                automated += count.runs() - count.withApproval();
            }
        }
        long finished = byStatus.entrySet().stream().filter(entry -> entry.getKey().isFinal()).mapToLong(Map.Entry::getValue).sum();
        long handedOff = byStatus.getOrDefault(RunStatus.HANDED_OVER, 0L);
        return new Figures(playbook, started, finished, byStatus.getOrDefault(RunStatus.COMPLETED, 0L), automated, handedOff,
                byStatus.getOrDefault(RunStatus.DECLINED, 0L), byStatus.getOrDefault(RunStatus.FAILED, 0L), rate(automated, finished),
                rate(handedOff, finished), approvals(approvals, waits), toolCalls(calls), percentiles(resolutions));
    }

    private static Approvals approvals(List<OutcomeCount> approvals, List<Span> waits) {
        long approved = sum(approvals, "APPROVED");
        long rejected = sum(approvals, "REJECTED");
        return new Approvals(approvals.stream().mapToLong(OutcomeCount::count).sum(), approved, rejected, sum(approvals, "PENDING"),
                rate(approved, approved + rejected), percentiles(waits));
    }

    private static ToolCalls toolCalls(List<OutcomeCount> calls) {
        long succeeded = sum(calls, "SUCCEEDED");
        long rejected = sum(calls, "REJECTED");
        long failed = sum(calls, "FAILED");
        long answered = succeeded + rejected + failed;
        return new ToolCalls(succeeded, rejected, failed, rate(succeeded, answered), rate(rejected + failed, answered));
    }

    /** Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
    static Percentiles percentiles(List<Span> spans) {
        if (spans.isEmpty()) {
            return new Percentiles(null, null);
        }
        double[] millis = spans.stream().mapToDouble(span -> Duration.between(span.start(), span.end()).toMillis()).sorted().toArray();
        return new Percentiles(seconds(percentile(millis, 0.5)), seconds(percentile(millis, 0.9)));
    }

    private static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    private static Double seconds(double millis) {
        return Math.round(millis) / 1000.0;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static long sum(List<OutcomeCount> counts, String outcome) {
        return counts.stream().filter(count -> count.outcome().equals(outcome)).mapToLong(OutcomeCount::count).sum();
    }

    private static <T> List<T> only(List<T> rows, Function<T, String> playbookOf, String playbook) {
        return rows.stream().filter(row -> playbook.equals(playbookOf.apply(row))).toList();
    }
}

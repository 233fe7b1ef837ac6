package io.commerceresolver.console.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.commerceresolver.metrics.MetricsRecords;
import io.commerceresolver.metrics.MetricsSummaries;
import io.commerceresolver.metrics.MetricsSummary;

/**
 * The metrics dashboard: the tenant's figures over a period (MetricsSummaries, as {@code /api/v1/metrics/summary} gives
 * them) in total and per playbook, and the same figures bucket by bucket for the charts, for every playbook or one.
 */
public class Dashboard {

    private final MetricsSummaries summaries;
    private final MetricsRecords records;
    private final DashboardQueries queries;
    private final Function<String, String> connectorOfTool;
    private final Clock clock;

    public Dashboard(MetricsSummaries summaries, MetricsRecords records, DashboardQueries queries, Function<String, String> connectorOfTool,
                     Clock clock) {
        this.summaries = summaries;
        this.records = records;
        this.queries = queries;
        this.connectorOfTool = connectorOfTool;
        this.clock = clock;
    }

    /** One bucket's figures, as the table under the charts lists them. Rates are fractions; waits minutes. */
    public record BucketFigures(String label, long runs, long automated, long withApproval, long handedOff, long failed, long open,
                                Double automationRate, Double handoffRate, long approved, long rejected, Double approvalRate,
                                Double approvalWaitMinutes, Double resolutionMinutes, long failedCalls) {
    }

    /** Failed or refused store calls in a bucket, by connector (the capability whose circuit the call went through). */
    public record ConnectorFailures(String connector, List<Long> perBucket, long total) {
    }

    /** @param figures the period's figures of the chosen playbook, or of all */
    public record View(Period period, String playbook, Instant from, Instant to, MetricsSummary summary, MetricsSummary.Figures figures,
                       List<BucketFigures> buckets, List<ConnectorFailures> failures, List<BarChart> charts) {
    }

    public View view(String tenantId, Period period, String playbook) {
        Instant now = clock.instant();
        List<Buckets.Bucket> buckets = Buckets.of(period, now);
        Instant from = buckets.get(0).start();
        Instant to = buckets.get(buckets.size() - 1).end();
        List<Instant> ends = buckets.stream().map(Buckets.Bucket::end).toList();
        int n = buckets.size();

        long[] runs = new long[n];
        long[] automated = new long[n];
        long[] withApproval = new long[n];
        long[] handedOff = new long[n];
        long[] failed = new long[n];
        long[] open = new long[n];
        long[] finished = new long[n];
        for (DashboardQueries.RunsInBucket row : queries.runs(tenantId, from, ends)) {
            if (!wanted(playbook, row.playbook()) || row.bucket() < 0 || row.bucket() >= n) {
                continue;
            }
            int b = row.bucket();
            runs[b] += row.runs();
            switch (row.status()) {
                case "COMPLETED" -> {
                    automated[b] += row.runs() - row.withApproval();
                    withApproval[b] += row.withApproval();
                }
                case "HANDED_OVER" -> handedOff[b] += row.runs();
                case "FAILED", "CANCELLED" -> failed[b] += row.runs();
                case "RUNNING", "WAITING_APPROVAL", "PARKED" -> open[b] += row.runs();
                default -> {
                    // declined and shadowed runs are finished, and neither automated nor handed off
                }
            }
            if (!"RUNNING".equals(row.status()) && !"WAITING_APPROVAL".equals(row.status()) && !"PARKED".equals(row.status())) {
                finished[b] += row.runs();
            }
        }
        long[] approved = new long[n];
        long[] rejected = new long[n];
        for (DashboardQueries.OutcomesInBucket row : queries.approvals(tenantId, from, ends)) {
            if (wanted(playbook, row.playbook()) && row.bucket() >= 0 && row.bucket() < n) {
                if ("APPROVED".equals(row.outcome())) {
                    approved[row.bucket()] += row.count();
                } else if ("REJECTED".equals(row.outcome())) {
                    rejected[row.bucket()] += row.count();
                }
            }
        }
        Map<String, long[]> failuresByConnector = new TreeMap<>();
        long[] failedCalls = new long[n];
        for (DashboardQueries.CallsInBucket row : queries.toolCalls(tenantId, from, ends)) {
            if (wanted(playbook, row.playbook()) && row.bucket() >= 0 && row.bucket() < n
                    && ("FAILED".equals(row.status()) || "REJECTED".equals(row.status()))) {
                failuresByConnector.computeIfAbsent(connectorOfTool.apply(row.tool()), key -> new long[n])[row.bucket()] += row.count();
                failedCalls[row.bucket()] += row.count();
            }
        }
        List<List<Double>> waits = spansByEnd(records.approvalWaits(tenantId, from, to), buckets, playbook);
        List<List<Double>> resolutions = spansByEnd(records.resolutions(tenantId, from, to), buckets, playbook);

        List<BucketFigures> figures = new ArrayList<>();
        List<String> labels = buckets.stream().map(Buckets.Bucket::label).toList();
        for (int b = 0; b < n; b++) {
            figures.add(new BucketFigures(labels.get(b), runs[b], automated[b], withApproval[b], handedOff[b], failed[b], open[b],
                    rate(automated[b], finished[b]), rate(handedOff[b], finished[b]), approved[b], rejected[b],
                    rate(approved[b], approved[b] + rejected[b]), median(waits.get(b)), median(resolutions.get(b)), failedCalls[b]));
        }
        List<ConnectorFailures> failures = new ArrayList<>();
        failuresByConnector.forEach((connector, counts) -> {
            List<Long> perBucket = new ArrayList<>();
            long total = 0;
            for (long count : counts) {
                perBucket.add(count);
                total += count;
            }
            failures.add(new ConnectorFailures(connector, perBucket, total));
        });
        MetricsSummary summary = summaries.summary(tenantId, now.minus(period.length()), now);
        MetricsSummary.Figures chosen = playbook == null ? summary.total() : summary.playbooks().stream()
                .filter(found -> playbook.equals(found.playbook())).findFirst().orElse(none(playbook));
        return new View(period, playbook, from, to, summary, chosen, figures, failures, charts(labels, figures, failures));
    }

    private static MetricsSummary.Figures none(String playbook) {
        MetricsSummary.Percentiles nothing = new MetricsSummary.Percentiles(null, null);
        return new MetricsSummary.Figures(playbook, 0, 0, 0, 0, 0, 0, 0, null, null,
                new MetricsSummary.Approvals(0, 0, 0, 0, null, nothing), new MetricsSummary.ToolCalls(0, 0, 0, null, null), nothing);
    }

    private static List<BarChart> charts(List<String> labels, List<BucketFigures> figures, List<ConnectorFailures> failures) {
        List<BarChart> charts = new ArrayList<>();
        charts.add(BarChart.of("chart-runs", "Runs by how they ended", "", labels,
                List.of("Resolved automatically", "Resolved with an approval", "Handed to a person", "Failed or cancelled", "Still open"),
                List.of(column(figures, f -> (double) f.automated()), column(figures, f -> (double) f.withApproval()),
                        column(figures, f -> (double) f.handedOff()), column(figures, f -> (double) f.failed()),
                        column(figures, f -> (double) f.open())), true));
        charts.add(BarChart.of("chart-rates", "Automation and hand-off rate", "%", labels, List.of("Automation rate", "Hand-off rate"),
                List.of(column(figures, BucketFigures::automationRate), column(figures, BucketFigures::handoffRate)), false));
        charts.add(BarChart.of("chart-approvals", "Approvals decided", "", labels, List.of("Approved", "Rejected"),
                List.of(column(figures, f -> (double) f.approved()), column(figures, f -> (double) f.rejected())), true));
        charts.add(BarChart.of("chart-waits", "Approval wait and time to resolution (medians)", "min", labels,
                List.of("Approval wait", "Time to resolution"),
                List.of(column(figures, BucketFigures::approvalWaitMinutes), column(figures, BucketFigures::resolutionMinutes)), false));
        List<String> connectors = failures.stream().map(ConnectorFailures::connector).toList();
        List<List<Double>> perConnector = failures.stream().map(f -> f.perBucket().stream().map(Long::doubleValue).toList()).toList();
        charts.add(BarChart.of("chart-failures", "Failed or refused store calls by connector", "", labels,
                connectors.isEmpty() ? List.of("No failures") : connectors,
                perConnector.isEmpty() ? List.of(labels.stream().map(label -> (Double) null).toList()) : perConnector, true));
        return charts;
    }

    private static List<Double> column(List<BucketFigures> figures, Function<BucketFigures, Double> value) {
        return figures.stream().map(value).toList();
    }

    /** Each bucket's durations in minutes, of the spans that ended in it. */
    static List<List<Double>> spansByEnd(List<MetricsRecords.Span> spans, List<Buckets.Bucket> buckets, String playbook) {
        List<List<Double>> byBucket = new ArrayList<>();
        buckets.forEach(bucket -> byBucket.add(new ArrayList<>()));
        for (MetricsRecords.Span span : spans) {
            if (!wanted(playbook, span.playbook()) || span.end() == null || span.start() == null) {
                continue;
            }
            for (int b = 0; b < buckets.size(); b++) {
                if (!span.end().isBefore(buckets.get(b).start()) && span.end().isBefore(buckets.get(b).end())) {
                    byBucket.get(b).add(Duration.between(span.start(), span.end()).toMillis() / 60000.0);
                    break;
                }
            }
        }
        return byBucket;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    private static boolean wanted(String playbook, String candidate) {
        return playbook == null || playbook.equals(candidate);
    }

    /** The playbooks that have runs in the summary, for the filter. */
    public static List<String> playbooksOf(MetricsSummary summary) {
        TreeSet<String> names = new TreeSet<>();
        summary.playbooks().forEach(figures -> names.add(figures.playbook()));
        return List.copyOf(names);
    }
}

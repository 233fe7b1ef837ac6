package io.commerceresolver.console.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.commerceresolver.metrics.MetricsRecords;
import io.commerceresolver.metrics.MetricsSummaries;
import io.commerceresolver.metrics.MetricsSummary;

/**
 * The metrics dashboard: the tenant's figures over a period (as {@code /api/v1/metrics/summary} gives them) in total
 * and per playbook, and the same figures bucket by bucket for the charts, for every playbook or one. The records are
 * read once, by bucket, and the period's figures are their sums: the headline agrees with the table under the charts,
 * and a 30-day page costs four reads rather than ten.
 */
public class Dashboard {

    private static final Set<String> OPEN = Set.of("RUNNING", "WAITING_APPROVAL", "PARKED");

    private final DashboardRecords records;
    private final Function<String, String> connectorOfTool;

    public Dashboard(DashboardRecords records, Function<String, String> connectorOfTool) {
        this.records = records;
        this.connectorOfTool = connectorOfTool;
    }

    /** One bucket's figures, as the table under the charts lists them. Rates are fractions; waits minutes. */
    public record BucketFigures(String label, long runs, long automated, long withApproval, long handedOff, long failed, long open,
                                Double automationRate, Double handoffRate, long approved, long rejected, Double approvalRate,
                                Double approvalWaitMinutes, Double resolutionMinutes, long failedCalls) {
    }

    /** Failed or refused store calls in a bucket, by connector (the capability whose circuit the call went through). */
    public record ConnectorFailures(String connector, List<Long> perBucket, long total) {
    }

    /**
     * @param summary the figures of the runs started from {@code from} to {@code to} (the buckets' span: the period,
     *                ending at the next whole hour)
     * @param figures the period's figures of the chosen playbook, or of all
     * @param readAt  when the records were read
     */
    public record View(Period period, String playbook, Instant from, Instant to, Instant readAt, MetricsSummary summary,
                       MetricsSummary.Figures figures, List<BucketFigures> buckets, List<ConnectorFailures> failures, List<BarChart> charts) {
    }

    public View view(String tenantId, Period period, String playbook) {
        return view(records.read(tenantId, period), playbook);
    }

    /** The view of a period's records, for every playbook or one. */
    View view(DashboardRecords.PeriodRecords read, String playbook) {
        List<Buckets.Bucket> buckets = read.buckets();
        int n = buckets.size();
        long[] runs = new long[n];
        long[] automated = new long[n];
        long[] withApproval = new long[n];
        long[] handedOff = new long[n];
        long[] failed = new long[n];
        long[] open = new long[n];
        long[] finished = new long[n];
        long[] approved = new long[n];
        long[] rejected = new long[n];
        for (DashboardQueries.RunsInBucket row : read.runs()) {
            if (!wanted(playbook, row.playbook())) {
                continue;
            }
            int b = row.bucket();
            runs[b] += row.runs();
            switch (row.status()) {
                case "COMPLETED" -> {
                    if (row.approvalOutcome() == null) {
                        automated[b] += row.runs();
                    } else {
                        withApproval[b] += row.runs();
                    }
                }
                case "HANDED_OVER" -> handedOff[b] += row.runs();
                case "FAILED", "CANCELLED" -> failed[b] += row.runs();
                default -> {
                    // open runs are counted below; declined and shadowed runs are finished, and neither automated nor handed off
                }
            }
            if (OPEN.contains(row.status())) {
                open[b] += row.runs();
            } else {
                finished[b] += row.runs();
            }
            if ("APPROVED".equals(row.approvalOutcome())) {
                approved[b] += row.runs();
            } else if ("REJECTED".equals(row.approvalOutcome())) {
                rejected[b] += row.runs();
            }
        }
        Map<String, long[]> failuresByConnector = new TreeMap<>();
        long[] failedCalls = new long[n];
        for (DashboardQueries.CallsInBucket row : read.calls()) {
            if (wanted(playbook, row.playbook()) && ("FAILED".equals(row.status()) || "REJECTED".equals(row.status()))) {
                failuresByConnector.computeIfAbsent(connectorOfTool.apply(row.tool()), key -> new long[n])[row.bucket()] += row.count();
                failedCalls[row.bucket()] += row.count();
            }
        }
        List<List<Double>> waitsByBucket = spansByEnd(read.waits(), buckets, playbook);
        List<List<Double>> resolutionsByBucket = spansByEnd(read.resolutions(), buckets, playbook);

        List<BucketFigures> figures = new ArrayList<>();
        List<String> labels = buckets.stream().map(Buckets.Bucket::label).toList();
        for (int b = 0; b < n; b++) {
            figures.add(new BucketFigures(labels.get(b), runs[b], automated[b], withApproval[b], handedOff[b], failed[b], open[b],
                    rate(automated[b], finished[b]), rate(handedOff[b], finished[b]), approved[b], rejected[b],
                    rate(approved[b], approved[b] + rejected[b]), median(waitsByBucket.get(b)), median(resolutionsByBucket.get(b)),
                    failedCalls[b]));
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
        MetricsSummary summary = MetricsSummaries.summarise(read.from(), read.to(), runCounts(read.runs()), approvalCounts(read.runs()),
                read.waits(), callCounts(read.calls()), read.resolutions(), read.triage());
        MetricsSummary.Figures chosen = playbook == null ? summary.total() : summary.playbooks().stream()
                .filter(found -> playbook.equals(found.playbook())).findFirst().orElse(none(playbook));
        return new View(read.period(), playbook, read.from(), read.to(), read.readAt(), summary, chosen, figures, failures,
                charts(labels, figures, failures));
    }

    /** The bucket rows summed over the period, as the summary counts runs: by playbook and status. */
    static List<MetricsRecords.RunCount> runCounts(List<DashboardQueries.RunsInBucket> rows) {
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (DashboardQueries.RunsInBucket row : rows) {
            long[] sum = sums.computeIfAbsent(List.of(row.playbook(), row.status()), key -> new long[2]);
            sum[0] += row.runs();
            sum[1] += row.approvalOutcome() == null ? 0 : row.runs();
        }
        List<MetricsRecords.RunCount> counts = new ArrayList<>();
        sums.forEach((key, sum) -> counts.add(new MetricsRecords.RunCount(key.get(0), key.get(1), sum[0], sum[1])));
        return counts;
    }

    static List<MetricsRecords.OutcomeCount> approvalCounts(List<DashboardQueries.RunsInBucket> rows) {
        return outcomeCounts(rows.stream().filter(row -> row.approvalOutcome() != null)
                .map(row -> new MetricsRecords.OutcomeCount(row.playbook(), row.approvalOutcome(), row.runs())).toList());
    }

    static List<MetricsRecords.OutcomeCount> callCounts(List<DashboardQueries.CallsInBucket> rows) {
        return outcomeCounts(rows.stream().map(row -> new MetricsRecords.OutcomeCount(row.playbook(), row.status(), row.count())).toList());
    }

    private static List<MetricsRecords.OutcomeCount> outcomeCounts(List<MetricsRecords.OutcomeCount> rows) {
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.merge(List.of(row.playbook(), row.outcome()), row.count(), Long::sum));
        List<MetricsRecords.OutcomeCount> counts = new ArrayList<>();
        sums.forEach((key, count) -> counts.add(new MetricsRecords.OutcomeCount(key.get(0), key.get(1), count)));
        return counts;
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

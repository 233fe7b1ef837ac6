package io.commerceresolver.metrics;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's figures over a window, in total and per playbook. Rates are fractions (0 to 1), null when there is
 * nothing to divide by; durations are seconds. Run figures are about the runs started in the window.
 */
public record MetricsSummary(Instant from, Instant to, Figures total, List<Figures> playbooks, MetricsRecords.Triage triage) {

    /**
     * @param playbook              null in the total
     * @param resolvedAutomatically completed without a person: no approval asked for
     * @param automationRate        resolvedAutomatically / finished
     * @param handoffRate           handedOff / finished
     */
    public record Figures(String playbook, long runs, long finished, long resolved, long resolvedAutomatically, long handedOff,
                          long declined, long failed, Double automationRate, Double handoffRate, Approvals approvals,
                          ToolCalls toolCalls, Percentiles timeToResolutionSeconds) {
    }

    /** @param approvalRate approved / (approved + rejected) */
    public record Approvals(long requested, long approved, long rejected, long pending, Double approvalRate, Percentiles waitSeconds) {
    }

    /** @param successRate succeeded / answered calls; failureRate the rest (rejected by the store, or failed) */
    public record ToolCalls(long succeeded, long rejected, long failed, Double successRate, Double failureRate) {
    }

    /** The median and the 90th percentile, interpolated between the two nearest values; null without any. */
    public record Percentiles(Double median, Double p90) {
    }
}

package io.commerceresolver.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.metrics.MetricsRecords.OutcomeCount;
import io.commerceresolver.metrics.MetricsRecords.RunCount;
import io.commerceresolver.metrics.MetricsRecords.Span;
import io.commerceresolver.metrics.MetricsRecords.Triage;
import io.commerceresolver.system.BadRequest;

class MetricsSummariesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void percentilesInterpolateBetweenTheNearestDurations() {
        List<Span> spans = List.of(span(10), span(20), span(30), span(40));

        MetricsSummary.Percentiles percentiles = MetricsSummaries.percentiles(spans);

        assertThat(percentiles.median()).isEqualTo(25.0);
        assertThat(percentiles.p90()).isEqualTo(37.0);
        assertThat(MetricsSummaries.percentiles(List.of())).isEqualTo(new MetricsSummary.Percentiles(null, null));
    }

    @Test
    void ratesDivideByWhatFinishedAndAreNullWithNothingFinished() {
        MetricsRecords records = new Fixed(List.of(new RunCount("refund_order", "COMPLETED", 3, 1),
                new RunCount("refund_order", "HANDED_OVER", 1, 0), new RunCount("refund_order", "WAITING_APPROVAL", 2, 2),
                new RunCount("order_status", "RUNNING", 1, 0)),
                List.of(new OutcomeCount("refund_order", "APPROVED", 1), new OutcomeCount("refund_order", "PENDING", 2)),
                List.of(new OutcomeCount("refund_order", "SUCCEEDED", 9), new OutcomeCount("refund_order", "REJECTED", 1)));

        MetricsSummary summary = new MetricsSummaries(records, Clock.fixed(NOW, ZoneOffset.UTC)).summary("t", null, null);

        assertThat(summary.from()).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(summary.to()).isEqualTo(NOW);
        MetricsSummary.Figures refunds = summary.playbooks().get(1);
        assertThat(refunds.runs()).isEqualTo(6);
        assertThat(refunds.finished()).isEqualTo(4);
        assertThat(refunds.resolvedAutomatically()).isEqualTo(2);
        assertThat(refunds.automationRate()).isEqualTo(0.5);
        assertThat(refunds.handoffRate()).isEqualTo(0.25);
        assertThat(refunds.approvals().approvalRate()).isEqualTo(1.0);
        assertThat(refunds.approvals().pending()).isEqualTo(2);
        assertThat(refunds.toolCalls().successRate()).isEqualTo(0.9);
        assertThat(refunds.toolCalls().failureRate()).isEqualTo(0.1);
        MetricsSummary.Figures statuses = summary.playbooks().get(0);
        assertThat(statuses.automationRate()).as("nothing finished").isNull();
        assertThat(statuses.toolCalls().successRate()).isNull();
        assertThat(summary.total().runs()).isEqualTo(7);
    }

    @Test
    void aWindowMustBeForwardAndAtMostAYear() {
        MetricsSummaries summaries = new MetricsSummaries(new Fixed(List.of(), List.of(), List.of()), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> summaries.summary("t", NOW, NOW)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> summaries.summary("t", NOW.minus(Duration.ofDays(367)), NOW)).isInstanceOf(BadRequest.class);
    }

    private static Span span(long seconds) {
        return new Span("p", NOW, NOW.plusSeconds(seconds));
    }

    private record Fixed(List<RunCount> runs, List<OutcomeCount> approvals, List<OutcomeCount> calls) implements MetricsRecords {
        @Override
        public List<RunCount> runs(String tenantId, Instant from, Instant to) {
            return runs;
        }

        @Override
        public List<OutcomeCount> approvals(String tenantId, Instant from, Instant to) {
            return approvals;
        }

        @Override
        public List<Span> approvalWaits(String tenantId, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<OutcomeCount> toolCalls(String tenantId, Instant from, Instant to) {
            return calls;
        }

        @Override
        public List<Span> resolutions(String tenantId, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public Triage triage(String tenantId, Instant from, Instant to) {
            return new Triage(0, 0);
        }
    }
}

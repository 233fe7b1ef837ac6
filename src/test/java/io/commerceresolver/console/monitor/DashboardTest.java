package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.console.monitor.DashboardQueries.CallsInBucket;
import io.commerceresolver.console.monitor.DashboardQueries.RunsInBucket;
import io.commerceresolver.metrics.MetricsRecords.Span;
import io.commerceresolver.metrics.MetricsRecords.Triage;
import io.commerceresolver.metrics.MetricsSummary;

class DashboardTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:37:12Z");
    private static final List<Buckets.Bucket> DAY = Buckets.of(Period.DAY, NOW);

    private final DashboardRecords.PeriodRecords read = new DashboardRecords.PeriodRecords(Period.DAY, DAY, NOW,
            List.of(new RunsInBucket(0, "refund_order", "COMPLETED", null, 3),
                    new RunsInBucket(0, "refund_order", "COMPLETED", "APPROVED", 2),
                    new RunsInBucket(11, "refund_order", "WAITING_APPROVAL", "PENDING", 1),
                    new RunsInBucket(11, "refund_order", "CANCELLED", "REJECTED", 1),
                    new RunsInBucket(11, "order_status", "HANDED_OVER", null, 4)),
            List.of(new CallsInBucket(0, "refund_order", "shopify.refund", "SUCCEEDED", 5),
                    new CallsInBucket(11, "refund_order", "shopify.refund", "FAILED", 2),
                    new CallsInBucket(11, "order_status", "shopify.order", "REJECTED", 1)),
            List.of(new Span("refund_order", DAY.get(0).start(), DAY.get(0).start().plusSeconds(600))),
            List.of(new Span("refund_order", DAY.get(0).start(), DAY.get(0).start().plusSeconds(120)),
                    new Span("order_status", DAY.get(11).start(), DAY.get(11).start().plusSeconds(60))),
            new Triage(12, 2));

    private final Dashboard dashboard = new Dashboard((tenantId, period) -> read, tool -> tool.substring(0, tool.indexOf('.')));

    @Test
    void thePeriodsFiguresAreTheSumsOfItsBuckets() {
        Dashboard.View view = dashboard.view("acme", Period.DAY, null);

        MetricsSummary.Figures total = view.figures();
        assertThat(total.runs()).isEqualTo(11).isEqualTo(view.buckets().stream().mapToLong(Dashboard.BucketFigures::runs).sum());
        assertThat(total.resolvedAutomatically()).isEqualTo(3);
        assertThat(total.resolved()).isEqualTo(5);
        assertThat(total.handedOff()).isEqualTo(4);
        assertThat(total.finished()).isEqualTo(10);
        assertThat(total.approvals().requested()).isEqualTo(4);
        assertThat(total.approvals().approved()).isEqualTo(2);
        assertThat(total.approvals().rejected()).isEqualTo(1);
        assertThat(total.approvals().pending()).isEqualTo(1);
        assertThat(total.toolCalls().succeeded()).isEqualTo(5);
        assertThat(total.toolCalls().failed()).isEqualTo(2);
        assertThat(total.toolCalls().rejected()).isEqualTo(1);
        assertThat(view.summary().triage()).isEqualTo(new Triage(12, 2));
        assertThat(view.summary().from()).isEqualTo(DAY.get(0).start());
        assertThat(view.summary().to()).isEqualTo(DAY.get(11).end());
        assertThat(view.readAt()).isEqualTo(NOW);

        Dashboard.BucketFigures first = view.buckets().get(0);
        assertThat(first.automated()).isEqualTo(3);
        assertThat(first.withApproval()).isEqualTo(2);
        assertThat(first.automationRate()).isEqualTo(0.6);
        assertThat(first.approvalWaitMinutes()).isEqualTo(10.0);
        assertThat(first.resolutionMinutes()).isEqualTo(2.0);
        Dashboard.BucketFigures last = view.buckets().get(11);
        assertThat(last.open()).isEqualTo(1);
        assertThat(last.failed()).isEqualTo(1);
        assertThat(last.handedOff()).isEqualTo(4);
        assertThat(last.failedCalls()).isEqualTo(3);
        assertThat(view.failures()).extracting(Dashboard.ConnectorFailures::connector, Dashboard.ConnectorFailures::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shopify", 3L));
    }

    @Test
    void onePlaybookShowsOnlyItsRunsAndCalls() {
        Dashboard.View view = dashboard.view("acme", Period.DAY, "order_status");

        assertThat(view.figures().runs()).isEqualTo(4);
        assertThat(view.figures().handedOff()).isEqualTo(4);
        assertThat(view.buckets().get(0).runs()).isZero();
        assertThat(view.buckets().get(11).failedCalls()).isEqualTo(1);
        assertThat(view.buckets().get(11).resolutionMinutes()).isEqualTo(1.0);
        assertThat(view.summary().total().runs()).as("the table of every playbook stays whole").isEqualTo(11);
    }

    @Test
    void aPlaybookWithNoRunsHasEmptyFigures() {
        Dashboard.View view = dashboard.view("acme", Period.DAY, "replace_item");

        assertThat(view.figures().playbook()).isEqualTo("replace_item");
        assertThat(view.figures().runs()).isZero();
        assertThat(view.figures().automationRate()).isNull();
    }
}

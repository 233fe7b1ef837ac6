package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class BucketsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:37:12Z");

    @Test
    void aDayIsTwelveTwoHourBucketsEndingAtTheNextWholeHour() {
        List<Buckets.Bucket> buckets = Buckets.of(Period.DAY, NOW);

        assertThat(buckets).hasSize(12);
        assertThat(buckets.get(11).end()).isEqualTo(Instant.parse("2026-12-03T11:00:00Z"));
        assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2026-12-02T11:00:00Z"));
        assertThat(buckets.get(11).label()).isEqualTo("3 Dec 09:00");
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).start()).isEqualTo(buckets.get(i - 1).end());
            assertThat(Duration.between(buckets.get(i).start(), buckets.get(i).end())).isEqualTo(Duration.ofHours(2));
        }
    }

    @Test
    void aWeekIsSevenDaysAndAMonthTenThreeDayBuckets() {
        List<Buckets.Bucket> week = Buckets.of(Period.WEEK, NOW);
        assertThat(week).hasSize(7);
        assertThat(week.get(6).label()).isEqualTo("2 Dec");
        assertThat(Buckets.of(Period.MONTH, NOW)).hasSize(10).allSatisfy(bucket ->
                assertThat(Duration.between(bucket.start(), bucket.end())).isEqualTo(Duration.ofDays(3)));
    }

    @Test
    void spansAreCountedInTheBucketTheyEndedInAndTheirMedianIsTaken() {
        List<Buckets.Bucket> buckets = Buckets.of(Period.DAY, NOW);
        Instant inLast = Instant.parse("2026-12-03T10:00:00Z");
        List<List<Double>> minutes = Dashboard.spansByEnd(List.of(
                new io.commerceresolver.metrics.MetricsRecords.Span("refund_order", inLast.minusSeconds(60), inLast),
                new io.commerceresolver.metrics.MetricsRecords.Span("refund_order", inLast.minusSeconds(180), inLast),
                new io.commerceresolver.metrics.MetricsRecords.Span("cancel_order", inLast.minusSeconds(600), inLast),
                new io.commerceresolver.metrics.MetricsRecords.Span("refund_order", inLast.minusSeconds(60), Instant.parse("2026-11-01T00:00:00Z"))),
                buckets, "refund_order");

        assertThat(minutes.get(11)).containsExactly(1.0, 3.0);
        assertThat(minutes.subList(0, 11)).allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(Dashboard.median(minutes.get(11))).isEqualTo(2.0);
        assertThat(Dashboard.median(List.of())).isNull();
        assertThat(Dashboard.rate(1, 3)).isEqualTo(0.333);
        assertThat(Dashboard.rate(1, 0)).isNull();
    }

    @Test
    void aStackedChartScalesToARoundTopAndDrawsOnlyWhatIsThere() {
        BarChart chart = BarChart.of("c", "Runs", "", List.of("a", "b"), List.of("done", "failed"),
                List.of(List.of(3.0, 0.0), java.util.Arrays.asList(4.0, null)), true);

        assertThat(BarChart.niceCeiling(7)).isEqualTo(10);
        assertThat(BarChart.niceCeiling(0.42)).isEqualTo(0.5);
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(0).text()).isEqualTo("a, done: 3");
        assertThat(chart.ticks()).extracting(BarChart.Tick::text).containsExactly("0", "2.5", "5", "7.5", "10");
        assertThat(chart.empty()).isFalse();
        assertThat(BarChart.of("r", "Rate", "%", List.of("a"), List.of("x"), List.of(java.util.Arrays.asList((Double) null)), false).empty()).isTrue();
    }
}

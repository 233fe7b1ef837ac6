package io.commerceresolver.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionAggregateTest {

    private static final Instant NINE_ON_A_MONDAY = Instant.parse("2026-11-30T09:05:00Z");

    private static SessionFigures figures(String stress, Integer minutes) {
        return new SessionFigures("s-1", stress == null ? null : new BigDecimal(stress), minutes, false);
    }

    @Test
    void theAverageIsTheMeanOfTheReportedStressAndThePeakTheHighest() {
        SessionAggregate session = SessionAggregate.first("t", "ann", figures("0.2", 5), false, NINE_ON_A_MONDAY)
                .fold(figures("0.9", 20), true, NINE_ON_A_MONDAY.plusSeconds(60))
                .fold(figures(null, 30), false, NINE_ON_A_MONDAY.plusSeconds(120))
                .fold(figures("0.4", 25), false, NINE_ON_A_MONDAY.plusSeconds(180));

        assertThat(session.requests()).isEqualTo(4);
        assertThat(session.stressCount()).as("a request without a stress figure leaves the average alone").isEqualTo(3);
        assertThat(session.averageStress()).isEqualByComparingTo("0.5");
        assertThat(session.peakStress()).isEqualByComparingTo("0.9");
        assertThat(session.sessionMinutesMax()).isEqualTo(30);
        assertThat(session.escalations()).isEqualTo(1);
        assertThat(session.lastAt()).isEqualTo(NINE_ON_A_MONDAY.plusSeconds(180));
    }

    @Test
    void theStartIsTheEarliestRequestInUtcEvenWhenItArrivesLate() {
        SessionAggregate session = SessionAggregate.first("t", "ann", figures("0.3", 70), false, NINE_ON_A_MONDAY)
                .fold(figures("0.1", 10), false, Instant.parse("2026-11-29T23:50:00Z"));

        assertThat(session.startedAt()).isEqualTo(Instant.parse("2026-11-29T23:50:00Z"));
        assertThat(session.startHourUtc()).isEqualTo(23);
        assertThat(session.startWeekdayUtc()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(session.lastAt()).isEqualTo(NINE_ON_A_MONDAY);
        assertThat(session.sessionMinutesMax()).isEqualTo(70);
        assertThat(session.averageStress()).isEqualByComparingTo("0.2");
    }

    @Test
    void aSessionWithoutStressFiguresHasNoAverageAndNoPeak() {
        SessionAggregate session = SessionAggregate.first("t", "ann", figures(null, 65), true, NINE_ON_A_MONDAY);

        assertThat(session.averageStress()).isNull();
        assertThat(session.peakStress()).isNull();
        assertThat(session.startHourUtc()).isEqualTo(9);
        assertThat(session.startWeekdayUtc()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(session.escalations()).isEqualTo(1);
    }
}

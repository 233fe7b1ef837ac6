package io.commerceresolver.conversation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * All that is kept of one session: counts, a stress sum and count (so the average can be folded one request at a time),
 * the peak, the longest reported length, and the hour and weekday of its start in UTC, the one zone every tenant's
 * report can be compared in.
 */
public record SessionAggregate(String tenantId, String username, String sessionId, Instant startedAt, Instant lastAt, int requests,
                               BigDecimal stressSum, int stressCount, BigDecimal peakStress, Integer sessionMinutesMax,
                               int startHourUtc, DayOfWeek startWeekdayUtc, int escalations) {

    /** Stress as stored: four decimals are finer than any front end measures. */
    static final int STRESS_SCALE = 4;

    /** The session as its first kept request leaves it. */
    public static SessionAggregate first(String tenantId, String username, SessionFigures figures, boolean escalated, Instant at) {
        ZonedDateTime start = at.atZone(ZoneOffset.UTC);
        BigDecimal stress = scaled(figures.stress());
        return new SessionAggregate(tenantId, username, figures.sessionId(), at, at, 1, stress == null ? BigDecimal.ZERO : stress,
                stress == null ? 0 : 1, stress, figures.sessionMinutes(), start.getHour(), start.getDayOfWeek(), escalated ? 1 : 0);
    }

    /**
     * The session with one more request folded in. Requests of one session may arrive out of order, so the start is the
     * earliest seen and its hour and weekday follow it.
     */
    public SessionAggregate fold(SessionFigures figures, boolean escalated, Instant at) {
        BigDecimal stress = scaled(figures.stress());
        SessionAggregate earliest = at.isBefore(startedAt) ? first(tenantId, username, figures, escalated, at) : this;
        return new SessionAggregate(tenantId, username, sessionId, earliest.startedAt(), at.isAfter(lastAt) ? at : lastAt, requests + 1,
                stress == null ? stressSum : stressSum.add(stress), stress == null ? stressCount : stressCount + 1,
                max(peakStress, stress), max(sessionMinutesMax, figures.sessionMinutes()), earliest.startHourUtc(),
                earliest.startWeekdayUtc(), escalated ? escalations + 1 : escalations);
    }

    /** The mean of the stress figures reported, or null when none was. */
    public BigDecimal averageStress() {
        return stressCount == 0 ? null : stressSum.divide(BigDecimal.valueOf(stressCount), STRESS_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal scaled(BigDecimal stress) {
        return stress == null ? null : stress.setScale(STRESS_SCALE, RoundingMode.HALF_UP);
    }

    private static <T extends Comparable<T>> T max(T kept, T given) {
        return kept == null ? given : given == null || kept.compareTo(given) >= 0 ? kept : given;
    }
}

package io.commerceresolver.console.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts a period ending now into equal buckets, aligned to whole hours (UTC) so that a bucket reads well as a label. */
public final class Buckets {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** [start, end) and how a chart's axis names it. */
    public record Bucket(Instant start, Instant end, String label) {
    }

    private Buckets() {
    }

    /**
     * The buckets of {@code period} up to {@code now}: the last one ends at the next whole hour after now (so it holds
     * what happened up to now), and they go back the period's length, oldest first.
     */
    public static List<Bucket> of(Period period, Instant now) {
        Duration size = period.bucket();
        Instant end = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        int count = (int) (period.length().toMinutes() / size.toMinutes());
        List<Bucket> buckets = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            Instant start = end.minus(size.multipliedBy(i + 1L));
            buckets.add(new Bucket(start, start.plus(size), (size.compareTo(Duration.ofDays(1)) < 0 ? HOURS : DAYS).format(start)));
        }
        return buckets;
    }
}

package io.commerceresolver.console.monitor;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The periods the monitor and the dashboard count over, and how the dashboard cuts each into buckets. */
public enum Period {
    DAY("24h", "last 24 hours", Duration.ofHours(24), Duration.ofHours(2)),
    WEEK("7d", "last 7 days", Duration.ofDays(7), Duration.ofDays(1)),
    MONTH("30d", "last 30 days", Duration.ofDays(30), Duration.ofDays(3));

    private final String code;
    private final String label;
    private final Duration length;
    private final Duration bucket;

    Period(String code, String label, Duration length, Duration bucket) {
        this.code = code;
        this.label = label;
        this.length = length;
        this.bucket = bucket;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public Duration bucket() {
        return bucket;
    }

    public static Optional<Period> fromCode(String code) {
        return Arrays.stream(values()).filter(period -> period.code.equals(code)).findFirst();
    }
}

package io.commerceresolver.connector.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A vendor's {@code Retry-After} header (RFC 9110 §10.2.3), read once for every adapter that is told to wait. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait in seconds (Shopify sends {@code 2.0}) or until an HTTP date; null when absent or unreadable. */
    public static Duration of(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis((long) Math.ceil(Double.parseDouble(header.strip()) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(Instant.now(), at);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}

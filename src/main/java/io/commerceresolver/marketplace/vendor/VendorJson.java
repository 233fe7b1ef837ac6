package io.commerceresolver.marketplace.vendor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reading the vendors' JSON: all three write snake_case and add fields over time, so unknown fields are skipped,
 * while a known field of the wrong type makes the event unreadable.
 */
final class VendorJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private VendorJson() {
    }

    static <T> T read(String payload, Class<T> type, String what) {
        try {
            T value = JSON.readValue(payload, type);
            if (value == null) {
                throw new UnreadableEvent("The body of " + what + " is empty (JSON null)");
            }
            return value;
        } catch (JsonProcessingException unreadable) {
            throw new UnreadableEvent("The body of " + what + " does not read as one: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    /** A time with its offset (Shopify), or null. */
    static Instant offsetTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new UnreadableEvent("Field '" + field + "' is not a time with an offset: " + text);
        }
    }

    /** WooCommerce's *_gmt times: local-time text that is UTC. */
    static Instant gmtTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            throw new UnreadableEvent("Field '" + field + "' is not a GMT time: " + text);
        }
    }

    /** Money as the vendors write it in text ("19.99"); null stays null. */
    static BigDecimal amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new UnreadableEvent("Field '" + field + "' is not an amount: " + text);
        }
    }

    /** Stripe's amounts are in the currency's smallest unit (cents; yen as they are). */
    static BigDecimal minorUnits(Long amount, String currency, String field) {
        if (amount == null) {
            return null;
        }
        return BigDecimal.valueOf(amount).movePointLeft(currency(currency, field).getDefaultFractionDigits());
    }

    static Currency currency(String code, String field) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new UnreadableEvent("Field '" + field + "' is not an ISO 4217 currency: " + code);
        }
    }

    static String currencyCode(String code, String field) {
        return code == null ? null : currency(code, field).getCurrencyCode();
    }
}

package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.Objects;

/** A sum of money as a ticket writes it. The currency is an ISO 4217 code, or null when the ticket names none. */
public record Amount(BigDecimal value, String currency) {

    public Amount {
        Objects.requireNonNull(value, "value");
        // 49.990 and 49.99 are one sum; but 1000 stays 1000, not 1E+3
        BigDecimal stripped = value.stripTrailingZeros();
        value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency);
    }
}

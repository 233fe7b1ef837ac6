package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.Objects;

/** A sum of money as a ticket writes it. The currency is an ISO 4217 code, or null when the ticket names none. */
public record Amount(BigDecimal value, String currency) {

    public Amount {
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency);
    }
}

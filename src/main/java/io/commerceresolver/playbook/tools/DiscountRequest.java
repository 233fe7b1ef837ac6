package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;

import io.commerceresolver.connector.Money;

/** A goodwill credit as recorded before it is made: the order, the sum the rules authorised, and why. */
public record DiscountRequest(String orderId, BigDecimal amount, String currency, String reason) {

    public Money money() {
        return new Money(amount, currency);
    }
}

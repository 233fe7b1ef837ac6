package io.commerceresolver.intent;

import java.math.BigDecimal;

/**
 * What a ticket names: the order, an amount and its currency. Any of them may be absent (null):
 * a customer often asks for "a refund" without saying how much.
 */
public record Entities(String orderId, BigDecimal amount, String currency) {

    public static Entities none() {
        return new Entities(null, null, null);
    }
}

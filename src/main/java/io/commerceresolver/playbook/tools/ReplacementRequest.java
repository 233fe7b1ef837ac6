package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;
import java.util.List;

import io.commerceresolver.connector.Money;

/**
 * A replacement as recorded before it is made: the order, the SKUs sent again (each as often as it was ordered), and
 * what the goods are worth at the order's prices, for the rules to judge.
 */
public record ReplacementRequest(String orderId, List<String> skus, BigDecimal value, String currency) {

    public ReplacementRequest {
        skus = List.copyOf(skus);
    }

    public Money money() {
        return new Money(value, currency);
    }
}

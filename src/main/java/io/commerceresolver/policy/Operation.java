package io.commerceresolver.policy;

import java.math.BigDecimal;

/** One thing the resolver proposes to do on a platform, as the rules see it. */
public class Operation {

    private final String type;
    private final BigDecimal amount;
    private final String currency;
    private final String orderId;

    public Operation(String type, BigDecimal amount, String currency, String orderId) {
        this.type = type;
        this.amount = amount;
        this.currency = currency;
        this.orderId = orderId;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getOrderId() {
        return orderId;
    }
}

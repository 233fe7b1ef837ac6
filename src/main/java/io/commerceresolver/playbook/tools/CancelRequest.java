package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;

import io.commerceresolver.connector.Money;

/** A cancellation as recorded before it is made, with the sum of the payment it returns, for the rules to judge. */
public record CancelRequest(String orderId, BigDecimal returnedAmount, String currency, String reason) {

    public Money returned() {
        return new Money(returnedAmount, currency);
    }
}

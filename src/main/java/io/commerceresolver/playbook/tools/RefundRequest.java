package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;

import io.commerceresolver.connector.Money;

/**
 * A refund as recorded before it is made. The ledger the rules count refunds by reads these fields from the
 * recorded call (policy's LedgerDatabase): the order, the sum, and the customer's email.
 */
public record RefundRequest(String orderId, BigDecimal amount, String currency, String customerEmail, String reason) {

    public Money money() {
        return new Money(amount, currency);
    }
}

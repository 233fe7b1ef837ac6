package io.commerceresolver.policy;

import java.math.BigDecimal;

/** A refund already issued, as the ledger or the caller reports it. */
public record PastRefund(String orderId, BigDecimal amount) {
}

package io.commerceresolver.policy;

/** The refunds the resolver has issued for a tenant, as the policy counts them. */
public interface RefundLedger {

    /**
     * Refunds of the last 24 hours on any order, and the number of refunds in the last 30 days to the order's
     * customer (by email, ignoring case; none when the order is unknown).
     */
    History historyFor(String tenantId, OrderFacts order);
}

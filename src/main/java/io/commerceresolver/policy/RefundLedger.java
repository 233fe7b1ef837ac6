package io.commerceresolver.policy;

/** The refunds the resolver has issued for a tenant, as the policy counts them. */
public interface RefundLedger {

    /**
     * Refunds of the last 24 hours on any order, and the number of refunds in the last 30 days to the order's
     * customer (by email, ignoring case; none when the order is unknown). A playbook run leaves out its own
     * refunds ({@code excludingRunId}): re-deciding after a restart must not count the refund it already issued as
     * a duplicate of itself.
     */
    History historyFor(String tenantId, OrderFacts order, String excludingRunId);
}

package io.commerceresolver.playbook;

/**
 * A lock per order, held to the end of the caller's transaction: writers to one order check the guards and record
 * their write one after the other, so two runs can never both see room for the same refund.
 */
public interface OrderLocks {

    void lock(String tenantId, String orderId);
}

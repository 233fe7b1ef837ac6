package io.commerceresolver.intent;

/** The tenant's store, asked whether an order a reader named is really there. */
public interface KnownOrders {

    boolean exists(String tenantId, String orderId);
}

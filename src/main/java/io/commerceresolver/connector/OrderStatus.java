package io.commerceresolver.connector;

/** Fulfilment status of an order; money movements (refunds) are tracked separately on the order. */
public enum OrderStatus {
    PROCESSING, SHIPPED, DELIVERED, CANCELLED;

    public boolean hasLeftTheWarehouse() {
        return this == SHIPPED || this == DELIVERED;
    }
}

package io.commerceresolver.connector;

import java.time.Instant;

/**
 * Where a shipment is: the order's status and carrier, when it shipped and arrived, the date the shop promised it for
 * and what the carrier last reported (null when unknown).
 */
public record Tracking(String orderId, OrderStatus status, String carrier, String trackingNumber,
                       Instant shippedAt, Instant deliveredAt, Instant promisedAt, String carrierStatus) {

    /** The carrier status of a shipment the carrier has given up on. */
    public static final String LOST = "LOST";

    public boolean reportedLost() {
        return LOST.equalsIgnoreCase(carrierStatus);
    }
}

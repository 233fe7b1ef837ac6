package io.commerceresolver.connector;

import java.time.Instant;

public record Tracking(String orderId, OrderStatus status, String carrier, String trackingNumber,
                       Instant shippedAt, Instant deliveredAt) {
}

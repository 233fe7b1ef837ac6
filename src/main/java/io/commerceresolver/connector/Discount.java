package io.commerceresolver.connector;

import java.time.Instant;

/** A goodwill discount credited against an order. */
public record Discount(String id, String orderId, Money amount, String reason, Instant createdAt) {
}

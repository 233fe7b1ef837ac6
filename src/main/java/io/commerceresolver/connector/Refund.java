package io.commerceresolver.connector;

import java.time.Instant;

public record Refund(String id, String orderId, Money amount, String reason, Instant createdAt) {
}

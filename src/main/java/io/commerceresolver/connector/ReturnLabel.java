package io.commerceresolver.connector;

import java.time.Instant;

public record ReturnLabel(String id, String orderId, String carrier, String trackingNumber, String labelUrl,
                          Instant createdAt) {
}

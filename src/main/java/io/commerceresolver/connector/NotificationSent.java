package io.commerceresolver.connector;

import java.time.Instant;

public record NotificationSent(String id, String toAddress, String channel, Instant queuedAt) {
}

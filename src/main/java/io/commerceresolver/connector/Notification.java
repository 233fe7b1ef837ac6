package io.commerceresolver.connector;

/** A message to a customer about their order. */
public record Notification(String orderId, String toAddress, String subject, String body) {
}

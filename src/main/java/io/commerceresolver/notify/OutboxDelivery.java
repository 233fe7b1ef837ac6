package io.commerceresolver.notify;

/**
 * An outbox mail claimed for sending by one instance, until its lease ends. {@code attempts} counts this one.
 * {@code idempotencyKey} is the key it was queued under (a playbook step's starts with its run's id).
 */
public record OutboxDelivery(String id, String tenantId, String idempotencyKey, String toAddress, String subject, String body,
                             int attempts) {
}

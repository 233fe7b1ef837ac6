package io.commerceresolver.notify;

import java.time.Instant;

/** One message in the outbox; {@code status} is {@value #QUEUED} until a mail channel sends it. */
public record OutboxMail(String id, String tenantId, String toAddress, String subject, String body, String status,
                         Instant createdAt) {

    public static final String QUEUED = "QUEUED";
}

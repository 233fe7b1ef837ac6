package io.commerceresolver.mail;

import java.time.Instant;

/** A mail that was not made a ticket, and why; kept so that an admin can see what the channel turned away. */
public record RefusedMail(String id, String tenantId, String origin, String messageId, String fromAddress, String subject,
                          MailVerdict.Kind kind, String reason, Instant refusedAt) {
}

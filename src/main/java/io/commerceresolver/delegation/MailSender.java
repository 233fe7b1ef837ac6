package io.commerceresolver.delegation;

import io.commerceresolver.notify.OutboxMail;

/** Mail as a notifier may send it: {@link io.commerceresolver.notify.MailOutbox#enqueue}, through a delegation. */
public interface MailSender {

    /** Queues the mail once per tenant and key; @throws OutOfScope when the delegation does not cover sending */
    OutboxMail send(String tenantId, String idempotencyKey, String to, String subject, String body);
}

package io.commerceresolver.notify;

import java.util.List;

/**
 * Mail waiting to leave. Enqueuing is idempotent per tenant and key: a retried step that enqueues the same
 * message again gets the first mail back and no second copy is queued.
 */
public interface MailOutbox {

    OutboxMail enqueue(String tenantId, String idempotencyKey, String to, String subject, String body);

    /** The tenant's mail, oldest first. */
    List<OutboxMail> findByTenant(String tenantId);
}

package io.commerceresolver.mail.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.mail.OutboxSending;

/** What camel-routes/outbound/mail.yaml calls on each tick. */
public class OutboxSenderEndpoint {

    private static final Logger log = LoggerFactory.getLogger(OutboxSenderEndpoint.class);

    private final OutboxSending sending;

    public OutboxSenderEndpoint(OutboxSending sending) {
        this.sending = sending;
    }

    public void sendDue() {
        int sent = sending.sendDue();
        if (sent > 0) {
            log.debug("Sent {} mail from the outbox", sent);
        }
    }
}

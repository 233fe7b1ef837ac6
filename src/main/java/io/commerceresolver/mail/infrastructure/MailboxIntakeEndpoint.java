package io.commerceresolver.mail.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.mail.MailIntake;
import io.commerceresolver.mail.MailReceipt;
import io.commerceresolver.system.TenantScope;

/**
 * What a mailbox route calls for each new mail. The mail's bytes are fetched here, before any transaction, then
 * handed to intake within the tenant's scope. A mail intake refuses returns normally, so the mailbox marks it seen;
 * only a failure of our own (the database away) is thrown, and the mail stays unseen for the next poll.
 */
public class MailboxIntakeEndpoint {

    private static final Logger log = LoggerFactory.getLogger(MailboxIntakeEndpoint.class);

    private final MailIntake intake;
    private final long maxBytes;

    public MailboxIntakeEndpoint(MailIntake intake, long maxBytes) {
        this.intake = intake;
        this.maxBytes = maxBytes;
    }

    public void receive(Exchange exchange) throws MessagingException, IOException {
        String tenantId = exchange.getProperty("tenant", String.class);
        Message message = exchange.getIn(MailMessage.class).getMessage();
        int size = message.getSize();
        MailReceipt receipt;
        if (size > maxBytes) {
            receipt = TenantScope.of(tenantId, () -> intake.refuseOversized(tenantId, "imap", first(message, "Message-ID"),
                    first(message, "From"), first(message, "Subject"), size, maxBytes));
        } else {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
            message.writeTo(raw);
            receipt = TenantScope.of(tenantId, () -> intake.receive(tenantId, raw.toByteArray(), "imap"));
        }
        log.debug("Mail for tenant {}: {} {}", tenantId, receipt.outcome(), receipt.ticketId());
    }

    private static String first(Message message, String header) {
        try {
            String[] values = message.getHeader(header);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException unreadable) {
            return null;
        }
    }
}

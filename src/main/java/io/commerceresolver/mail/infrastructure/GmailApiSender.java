package io.commerceresolver.mail.infrastructure;

import java.io.IOException;

import jakarta.mail.MessagingException;

import com.google.api.services.gmail.model.Message;

import io.commerceresolver.mail.GmailSender;
import io.commerceresolver.mail.MailNotSent;
import io.commerceresolver.mail.OutgoingMail;

/**
 * users.messages.send with the mail as RFC 822 (the same MIME as SMTP's) and, when it answers one, the Gmail
 * conversation's threadId: Gmail threads a sent mail by that id together with In-Reply-To, References and the subject.
 */
class GmailApiSender implements GmailSender {

    private final GmailClients clients;

    GmailApiSender(GmailClients clients) {
        this.clients = clients;
    }

    @Override
    public void send(String tenantId, OutgoingMail mail) {
        Message message;
        try {
            message = new Message().encodeRaw(OutgoingMessages.bytes(mail)).setThreadId(mail.channelThreadId());
        } catch (MessagingException unwritable) {
            throw new MailNotSent("the mail could not be written as MIME: " + unwritable.getMessage(), true, unwritable);
        }
        try {
            clients.forTenant(tenantId).users().messages().send("me", message).execute();
        } catch (IOException failed) {
            GmailFailure failure = GmailFailure.of(failed);
            throw new MailNotSent(failure.said(), !failure.isTransient(), failed);
        } catch (IllegalStateException notConfigured) {
            throw new MailNotSent("the Gmail channel has no credentials stored: " + notConfigured.getMessage(), false, notConfigured);
        }
    }
}

package io.commerceresolver.mail;

/** Sends mail through a tenant's Gmail account. Called outside any transaction: it waits on Google. */
public interface GmailSender {

    /** @throws MailNotSent when Google did not take it; permanent when it refuses the tenant's grant or the mail itself */
    void send(String tenantId, OutgoingMail mail);
}

package io.commerceresolver.mail;

/** Hands mail to a tenant's SMTP server. Called outside any transaction: it waits on the network. */
public interface MailTransport {

    /** @throws MailNotSent when the server did not take it */
    void send(OutgoingMail mail, MailChannel.Smtp server, String password);
}

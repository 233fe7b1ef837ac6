package io.commerceresolver.mail;

/** Watches tenants' mailboxes: one poller per tenant, started, replaced or stopped as its channel changes. */
public interface Mailboxes {

    /** Starts (or restarts, with the new settings) reading the channel's mailbox; stops it when it has none. */
    void watch(MailChannel channel);
}

package io.commerceresolver.mail;

import java.util.List;
import java.util.Optional;

/** Where tenants' mail channels are kept. */
public interface MailChannels {

    /** Replaces the tenant's channel. */
    void save(MailChannel channel);

    Optional<MailChannel> find(String tenantId);

    /** Every tenant's channel that reads a mailbox (IMAP or Gmail); system work (TenantScope.acrossTenants). */
    List<MailChannel> withMailbox();

    /** The tenants that send through their own SMTP server or Gmail; system work (TenantScope.acrossTenants). */
    List<String> tenantsSending();
}

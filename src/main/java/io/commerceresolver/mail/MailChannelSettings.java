package io.commerceresolver.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/**
 * Sets a tenant's mail channel: the settings in their table, the passwords and Google credentials as the tenant's
 * secrets (never shown again), then the mailbox watched with them. Reads never include a secret, only whether it is set.
 */
public class MailChannelSettings {

    public static final String IMAP_PASSWORD = "mail.imap-password";
    public static final String SMTP_PASSWORD = "mail.smtp-password";
    public static final String GMAIL_CLIENT_ID = "mail.gmail-client-id";
    public static final String GMAIL_CLIENT_SECRET = "mail.gmail-client-secret";
    public static final String GMAIL_REFRESH_TOKEN = "mail.gmail-refresh-token";
    static final int DEFAULT_POLL_SECONDS = 60;

    private final MailChannels channels;
    private final RefusedMails refusals;
    private final Secrets secrets;
    private final Mailboxes mailboxes;
    private final OutboundHosts hosts;
    private final Transactions transactions;
    private final Clock clock;

    public MailChannelSettings(MailChannels channels, RefusedMails refusals, Secrets secrets, Mailboxes mailboxes,
                               OutboundHosts hosts, Transactions transactions, Clock clock) {
        this.hosts = hosts;
        this.channels = channels;
        this.refusals = refusals;
        this.secrets = secrets;
        this.mailboxes = mailboxes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The channel as shown to an admin: no secret, only the names of those set. */
    public record Shown(MailChannel channel, Set<String> secretsSet) {

        public boolean isSet(String secret) {
            return secretsSet.contains(secret);
        }
    }

    /** Stores the channel in the caller's transaction (so that its audit entry commits with it). */
    public Shown save(String tenantId, MailChannelRequest request, String actor) {
        MailChannelRequest valid = request.validated();
        if (valid.channelKind() == MailChannel.Kind.GMAIL) {
            return saveGmail(tenantId, valid, actor);
        }
        // a tenant's mailbox is a host the service connects to: never one on the service's own network
        if (valid.imap() != null) {
            hosts.requirePublic(valid.imap().host(), "imap.host");
        }
        if (valid.smtp() != null) {
            hosts.requirePublic(valid.smtp().host(), "smtp.host");
        }
        MailChannel.Imap imap = valid.imap() == null ? null : new MailChannel.Imap(valid.imap().host(), valid.imap().port(),
                valid.imap().ssl() == null || valid.imap().ssl(), valid.imap().username(),
                valid.imap().folder() == null ? "INBOX" : valid.imap().folder(),
                valid.imap().pollSeconds() == null ? DEFAULT_POLL_SECONDS : valid.imap().pollSeconds());
        MailChannel.Smtp smtp = valid.smtp() == null ? null
                : new MailChannel.Smtp(valid.smtp().host(), valid.smtp().port(), valid.smtpSecurity(), valid.smtp().username());
        MailChannel channel = new MailChannel(tenantId, MailChannel.Kind.IMAP, valid.address().strip(), imap, smtp, null, actor,
                clock.instant());
        return transactions.inTransaction(() -> {
            keepOrSet(tenantId, IMAP_PASSWORD, imap == null ? null : valid.imap().password(), imap != null, "imap.password", actor);
            keepOrSet(tenantId, SMTP_PASSWORD, smtp == null ? null : valid.smtp().password(),
                    smtp != null && smtp.username() != null, "smtp.password", actor);
            channels.save(channel);
            return shown(channel);
        });
    }

    private Shown saveGmail(String tenantId, MailChannelRequest valid, String actor) {
        MailChannelRequest.GmailRequest gmail = valid.gmail();
        MailChannel channel = new MailChannel(tenantId, MailChannel.Kind.GMAIL, valid.address().strip(), null, null,
                new MailChannel.Gmail(gmail.pollSeconds() == null ? DEFAULT_POLL_SECONDS : gmail.pollSeconds()), actor, clock.instant());
        return transactions.inTransaction(() -> {
            keepOrSet(tenantId, GMAIL_CLIENT_ID, gmail.clientId(), true, "gmail.clientId", actor);
            keepOrSet(tenantId, GMAIL_CLIENT_SECRET, gmail.clientSecret(), true, "gmail.clientSecret", actor);
            keepOrSet(tenantId, GMAIL_REFRESH_TOKEN, gmail.refreshToken(), true, "gmail.refreshToken", actor);
            channels.save(channel);
            return shown(channel);
        });
    }

    /** After the change has committed: the mailbox is read with the new settings from now on. */
    public void apply(String tenantId) {
        channels.find(tenantId).ifPresent(mailboxes::watch);
    }

    public Optional<Shown> find(String tenantId) {
        return channels.find(tenantId).map(this::shown);
    }

    /** What the channel turned away lately, newest first. */
    public List<RefusedMail> refused(String tenantId, int limit) {
        if (limit < 1 || limit > 500) {
            throw new BadRequest("limit", "Parameter 'limit' must be 1 to 500");
        }
        return refusals.newest(tenantId, limit);
    }

    /** At start: every configured mailbox is watched again. */
    public void watchAll() {
        List<MailChannel> all = TenantScope.acrossTenants(channels::withMailbox);
        for (MailChannel channel : all) {
            mailboxes.watch(channel);
        }
    }

    private void keepOrSet(String tenantId, String name, String secret, boolean needed, String field, String actor) {
        if (secret != null) {
            secrets.put(tenantId, name, secret, actor);
        } else if (needed && secrets.reveal(tenantId, name).isEmpty()) {
            throw new BadRequest(field, "Field '" + field + "' is required: none is stored yet");
        }
    }

    private Shown shown(MailChannel channel) {
        return new Shown(channel, secrets.list(channel.tenantId()).stream().map(s -> s.name()).filter(n -> n.startsWith("mail."))
                .collect(Collectors.toUnmodifiableSet()));
    }
}

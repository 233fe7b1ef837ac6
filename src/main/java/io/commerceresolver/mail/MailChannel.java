package io.commerceresolver.mail;

import java.time.Instant;

/**
 * A tenant's mail channel as stored, secrets aside (they are the tenant's secrets: {@link MailChannelSettings}). An
 * {@link Kind#IMAP} channel reads its {@code imap} mailbox into tickets and sends through its {@code smtp} server,
 * either may be absent; a {@link Kind#GMAIL} channel reads and sends through the Gmail account of {@code address}.
 */
public record MailChannel(String tenantId, Kind kind, String address, Imap imap, Smtp smtp, Gmail gmail, String updatedBy,
                          Instant updatedAt) {

    public enum Kind { IMAP, GMAIL }

    public record Imap(String host, int port, boolean ssl, String username, String folder, int pollSeconds) {
    }

    public enum Security { NONE, STARTTLS, SSL }

    public record Smtp(String host, int port, Security security, String username) {
    }

    /** The Gmail account is the channel's address; its OAuth client and refresh token are secrets. */
    public record Gmail(int pollSeconds) {
    }

    /** Whether replies can leave through this channel. */
    public boolean sends() {
        return kind == Kind.GMAIL || smtp != null;
    }
}

package io.commerceresolver.mail;

import java.time.Instant;

/**
 * A tenant's mail channel as stored, passwords aside (they are secrets: {@link MailChannelSettings}). {@code imap}
 * is the mailbox read into tickets, {@code smtp} the server replies leave through; either may be absent.
 */
public record MailChannel(String tenantId, String address, Imap imap, Smtp smtp, String updatedBy, Instant updatedAt) {

    public record Imap(String host, int port, boolean ssl, String username, String folder, int pollSeconds) {
    }

    public enum Security { NONE, STARTTLS, SSL }

    public record Smtp(String host, int port, Security security, String username) {
    }
}

package io.commerceresolver.mail;

import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * A tenant's mail channel as an admin sends it: {@code kind} imap (the default: an IMAP mailbox and an SMTP server) or
 * gmail (a Gmail account reached with the tenant's own Google OAuth client). Host names and folders end up in a mail
 * endpoint's address, so they are held to a strict shape; a password or Google credential left out keeps the one stored.
 */
public record MailChannelRequest(String kind, String address, ImapRequest imap, SmtpRequest smtp, GmailRequest gmail) {

    public record ImapRequest(String host, Integer port, Boolean ssl, String username, String password, String folder,
                              Integer pollSeconds) {
        @Override
        public String toString() {
            return "ImapRequest[" + host + ":" + port + ", " + username + ", password hidden]";
        }
    }

    public record SmtpRequest(String host, Integer port, String security, String username, String password) {
        @Override
        public String toString() {
            return "SmtpRequest[" + host + ":" + port + ", " + username + ", password hidden]";
        }
    }

    /** A Google OAuth client of the tenant's, and the refresh token Google gave it for the mailbox (offline access). */
    public record GmailRequest(String clientId, String clientSecret, String refreshToken, Integer pollSeconds) {
        @Override
        public String toString() {
            return "GmailRequest[every " + pollSeconds + " s, credentials hidden]";
        }
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");
    private static final Pattern FOLDER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$");
    private static final Pattern USERNAME = Pattern.compile("^\\S{1,320}$");
    // Google's client ids are <digits>-<letters>.apps.googleusercontent.com; held to a safe shape, not to Google's exact one
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$");

    /** Rejects the first problem found, naming the field, before anything is stored. */
    public MailChannelRequest validated() {
        if (address == null || address.length() > 320 || !EMAIL.matcher(address.strip()).matches()) {
            throw new BadRequest("address", "Field 'address' must be the tenant's support address, such as support@shop.example");
        }
        if (channelKind() == MailChannel.Kind.GMAIL) {
            return validGmail();
        }
        if (gmail != null) {
            throw new BadRequest("gmail", "Field 'gmail' belongs to a channel of kind gmail; leave it out or set \"kind\": \"gmail\"");
        }
        if (imap == null && smtp == null) {
            throw new BadRequest("imap", "Give 'imap' (the mailbox to read), 'smtp' (the server to send through), or both");
        }
        if (imap != null) {
            host("imap.host", imap.host());
            port("imap.port", imap.port());
            username("imap.username", imap.username());
            if (imap.folder() != null && !FOLDER.matcher(imap.folder()).matches()) {
                throw new BadRequest("imap.folder", "Field 'imap.folder' must be a folder name such as INBOX (letters, digits, ._/-)");
            }
            if (imap.pollSeconds() != null && (imap.pollSeconds() < 1 || imap.pollSeconds() > 3600)) {
                throw new BadRequest("imap.pollSeconds", "Field 'imap.pollSeconds' must be 1 to 3600");
            }
            password("imap.password", imap.password());
        }
        if (smtp != null) {
            host("smtp.host", smtp.host());
            port("smtp.port", smtp.port());
            security();
            if (smtp.username() != null) {
                username("smtp.username", smtp.username());
            }
            password("smtp.password", smtp.password());
        }
        return this;
    }

    /** imap when left out: the channels made before Gmail came are all IMAP/SMTP. */
    public MailChannel.Kind channelKind() {
        if (kind == null || kind.equalsIgnoreCase("imap")) {
            return MailChannel.Kind.IMAP;
        }
        if (kind.equalsIgnoreCase("gmail")) {
            return MailChannel.Kind.GMAIL;
        }
        throw new BadRequest("kind", "Field 'kind' must be imap (a mailbox and an SMTP server) or gmail");
    }

    private MailChannelRequest validGmail() {
        if (imap != null || smtp != null) {
            String field = imap != null ? "imap" : "smtp";
            throw new BadRequest(field, "Field '" + field + "' does not go with kind gmail: Gmail is both the mailbox and the way out");
        }
        if (gmail == null) {
            throw new BadRequest("gmail", "Field 'gmail' is required for kind gmail: {clientId, clientSecret, refreshToken, pollSeconds}");
        }
        if (gmail.clientId() != null && !CLIENT_ID.matcher(gmail.clientId()).matches()) {
            throw new BadRequest("gmail.clientId", "Field 'gmail.clientId' must be the OAuth client id Google gave, such as 1234-abc.apps.googleusercontent.com");
        }
        password("gmail.clientSecret", gmail.clientSecret());
        password("gmail.refreshToken", gmail.refreshToken());
        if (gmail.pollSeconds() != null && (gmail.pollSeconds() < 1 || gmail.pollSeconds() > 3600)) {
            throw new BadRequest("gmail.pollSeconds", "Field 'gmail.pollSeconds' must be 1 to 3600");
        }
        return this;
    }

    MailChannel.Security smtpSecurity() {
        return smtp.security() == null ? MailChannel.Security.STARTTLS : MailChannel.Security.valueOf(smtp.security().toUpperCase(java.util.Locale.ROOT));
    }

    private void security() {
        if (smtp.security() != null && !smtp.security().matches("(?i)none|starttls|ssl")) {
            throw new BadRequest("smtp.security", "Field 'smtp.security' must be none, starttls or ssl");
        }
    }

    private static void host(String field, String host) {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be a host name such as mail.shop.example");
        }
    }

    private static void port(String field, Integer port) {
        if (port == null || port < 1 || port > 65535) {
            throw new BadRequest(field, "Field '" + field + "' must be a port from 1 to 65535");
        }
    }

    private static void username(String field, String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be the account's user name (1 to 320 characters, no spaces)");
        }
    }

    private static void password(String field, String password) {
        if (password != null && (password.isEmpty() || password.length() > 1000)) {
            throw new BadRequest(field, "Field '" + field + "' must be 1 to 1000 characters, or left out to keep the stored one");
        }
    }
}

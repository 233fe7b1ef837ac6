package io.commerceresolver.mail;

import java.io.ByteArrayInputStream;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;

/** A tenant's mailbox on the test's GreenMail server: mail is put in it byte for byte, as an MTA would deliver it. */
public record GreenMailbox(GreenMailOperations server, GreenMailUser user, String login, String password) {

    public static GreenMailbox create(GreenMailOperations server, String login) {
        return new GreenMailbox(server, server.setUser(login + "@shop.example", login, "secret-" + login), login, "secret-" + login);
    }

    public void deliver(byte[] raw) {
        try {
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    public void deliver(String sampleName) {
        deliver(MailFixtures.bytes(sampleName));
    }

    /** How many mails in the inbox are not yet marked seen, read over IMAP as any client would. */
    public int unseen() {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", server.getImap().getPort(), login, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                int unseen = (int) java.util.Arrays.stream(inbox.getMessages()).filter(m -> {
                    try {
                        return !m.isSet(Flags.Flag.SEEN);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
                inbox.close(false);
                return unseen;
            } finally {
                store.close();
            }
        } catch (MessagingException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The body of PUT /api/v1/admin/intake/mail that points the tenant at this mailbox. */
    public String channelJson(String address, int pollSeconds) {
        return """
                {"address": "%s", "imap": {"host": "127.0.0.1", "port": %d, "ssl": false, "username": "%s", "password": "%s", \
                "folder": "INBOX", "pollSeconds": %d}}""".formatted(address, server.getImap().getPort(), login, password, pollSeconds);
    }

    /** The same, and replies sent through the SMTP server at this port (plain, no login: GreenMail takes any mail). */
    public String channelJson(String address, int pollSeconds, int smtpPort) {
        return channelJson(address, pollSeconds).replaceFirst("}$", ", \"smtp\": {\"host\": \"127.0.0.1\", \"port\": " + smtpPort
                + ", \"security\": \"none\"}}");
    }
}

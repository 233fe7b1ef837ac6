package io.commerceresolver.channelfeatures;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A customer's mail as their mail program writes it, for a mailbox and a Gmail account alike. */
final class CustomerMail {

    private CustomerMail() {
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }

    /** @param inReplyTo the Message-ID it answers, or null; {@code body} starts with its Content-Type header */
    static byte[] raw(String from, String to, String subject, String messageId, String inReplyTo, String body) {
        String thread = inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n";
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\n" + thread
                + "MIME-Version: 1.0\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    static String plainText(String text) {
        return "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
    }
}

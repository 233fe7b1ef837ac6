package io.commerceresolver.mail.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.commerceresolver.mail.MailClassifier;
import io.commerceresolver.mail.OutgoingMail;

/**
 * The MIME message of an outgoing mail, one for SMTP and Gmail alike. Each is stamped as ours and automatic (the loop
 * marker, RFC 3834's Auto-Submitted), so that neither our intake nor a customer's auto-responder answers it.
 */
final class OutgoingMessages {

    private OutgoingMessages() {
    }

    static MimeMessage mime(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", String.join(" ", mail.references()));
        }
        message.setHeader(MailClassifier.LOOP_HEADER, mail.loopMarker());
        message.setHeader("Auto-Submitted", "auto-replied");
        message.saveChanges();
        return message;
    }

    /** The RFC 822 bytes, as Gmail's messages.send takes them (base64url in its raw field). */
    static byte[] bytes(OutgoingMail mail) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            mime(Session.getInstance(new Properties()), mail).writeTo(out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    /** Jakarta Mail gives every saved message a new Message-ID; ours is fixed by the outbox row. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

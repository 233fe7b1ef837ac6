package io.commerceresolver.mail.infrastructure;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import io.commerceresolver.mail.MailChannel;
import io.commerceresolver.mail.MailNotSent;
import io.commerceresolver.mail.MailTransport;
import io.commerceresolver.mail.OutgoingMail;

/** SMTP through Jakarta Mail, one connection a mail, every wait bounded; the message itself is {@link OutgoingMessages}'. */
class SmtpTransport implements MailTransport {

    private final Duration timeout;

    SmtpTransport(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void send(OutgoingMail mail, MailChannel.Smtp server, String password) {
        boolean ssl = server.security() == MailChannel.Security.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        Properties properties = new Properties();
        String millis = Long.toString(timeout.toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        properties.put("mail." + protocol + ".auth", Boolean.toString(server.username() != null));
        if (server.security() == MailChannel.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (ssl) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = OutgoingMessages.mime(session, mail);
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(server.host(), server.port(), server.username(), password);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (SendFailedException refused) {
            // the server named the recipients it will not take: no later try changes that
            boolean permanent = refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0;
            throw new MailNotSent("SMTP refused the mail: " + refused.getMessage(), permanent, refused);
        } catch (AuthenticationFailedException badLogin) {
            throw new MailNotSent("SMTP login refused (check the channel's user name and password)", false, badLogin);
        } catch (MessagingException failed) {
            throw new MailNotSent("SMTP failed: " + failed.getMessage(), false, failed);
        }
    }
}

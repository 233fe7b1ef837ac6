package io.commerceresolver.mail.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import io.commerceresolver.mail.MailAttachment;
import io.commerceresolver.mail.MailHeaders;
import io.commerceresolver.mail.MailReader;
import io.commerceresolver.mail.ReceivedMail;
import io.commerceresolver.mail.UnreadableMail;

/**
 * Reads MIME with Jakarta Mail. The first text/plain part that is not an attachment is the text; failing that the
 * first text/html one, turned into text by {@link HtmlText}. Attachments are listed with their decoded size, and read
 * no further. Parts nest at most {@value #MAX_DEPTH} deep and a mail has at most {@value #MAX_PARTS} parts: a crafted
 * mail must not make the reader walk without end.
 */
public class MimeMailReader implements MailReader {

    private static final int MAX_DEPTH = 10;
    private static final int MAX_PARTS = 200;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,490}>");

    private final long maxBytes;
    private final Session session = Session.getInstance(new Properties());

    public MimeMailReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public ReceivedMail read(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new UnreadableMail("empty: no mail at all");
        }
        if (raw.length > maxBytes) {
            throw new UnreadableMail("larger than the " + maxBytes + " bytes a mail may have (" + raw.length + " bytes)");
        }
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            Body body = new Body();
            walk(message, body, 0);
            ContentType type = contentType(message.getContentType());
            String html = body.html == null ? null : HtmlText.of(body.html);
            return new ReceivedMail(firstId(message.getHeader("Message-ID", null)), firstId(message.getHeader("In-Reply-To", null)),
                    ids(message.getHeader("References", " ")), from(message), message.getHeader("Return-Path", null),
                    subject(message), body.text != null ? body.text : html, body.text == null && html != null, body.attachments,
                    type == null ? "" : type.getBaseType().toLowerCase(Locale.ROOT), type == null ? null : type.getParameter("report-type"),
                    headers(message));
        } catch (MessagingException | IOException malformed) {
            throw new UnreadableMail("not a readable MIME mail: " + malformed.getMessage());
        } catch (UnreadableMail refused) {
            throw refused;
        } catch (RuntimeException parserTrippedUp) {
            // whatever else the parser throws on a crafted mail is still the mail's fault: thrown on, it would fail
            // the poll and the same mail would come back on every poll
            throw new UnreadableMail("not a readable MIME mail (" + parserTrippedUp.getClass().getSimpleName() + ")");
        }
    }

    private static final class Body {
        String text;
        String html;
        int parts;
        final List<MailAttachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (++body.parts > MAX_PARTS || depth > MAX_DEPTH) {
            throw new UnreadableMail("more than " + MAX_PARTS + " parts or nested deeper than " + MAX_DEPTH);
        }
        ContentType type = contentType(part.getContentType());
        String base = type == null ? "text/plain" : type.getBaseType().toLowerCase(Locale.ROOT);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (base.startsWith("multipart/") && !attachment) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), body, depth + 1);
                }
                return;
            }
        }
        if (!attachment && base.equals("text/plain") && body.text == null) {
            body.text = text(part, type);
        } else if (!attachment && base.equals("text/html") && body.html == null) {
            body.html = text(part, type);
        } else if (attachment || !(part instanceof BodyPart) || !base.startsWith("text/")) {
            if (part instanceof BodyPart) {
                body.attachments.add(new MailAttachment(fileName(part), base, decodedSize(part)));
            }
        }
    }

    /** The part's text in its declared charset; a charset Java does not know is refused rather than guessed. */
    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        String charset = type == null ? null : type.getParameter("charset");
        try {
            if (charset != null) {
                java.nio.charset.Charset.forName(MimeUtility.javaCharset(charset));
            }
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        } catch (UnsupportedEncodingException | java.nio.charset.IllegalCharsetNameException
                 | java.nio.charset.UnsupportedCharsetException unknown) {
            throw new UnreadableMail("written in a charset this service does not know: " + charset);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "(unnamed)";
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException keepEncoded) {
            // the name as it came: listing it beats refusing the mail over an attachment's name
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static long decodedSize(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static String from(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (AddressException malformed) {
            throw new UnreadableMail("its From is not an address: " + malformed.getMessage());
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null
                || !sender.getAddress().contains("@")) {
            throw new UnreadableMail("it has no From address");
        }
        return sender.getAddress().strip();
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? null : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static MailHeaders headers(MimeMessage message) throws MessagingException {
        List<MailHeaders.Field> fields = new ArrayList<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            fields.add(new MailHeaders.Field(header.getName(), MimeUtility.unfold(header.getValue() == null ? "" : header.getValue())));
        }
        return new MailHeaders(fields);
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Message ids as RFC 5322 writes them, <left@right>; anything else in the field is ignored. */
    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find() && ids.size() < 100) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static ContentType contentType(String header) {
        if (header == null) {
            return null;
        }
        try {
            return new ContentType(header);
        } catch (jakarta.mail.internet.ParseException malformed) {
            return null;
        }
    }
}

package io.commerceresolver.mail;

import java.util.Locale;
import java.util.Set;

/**
 * Tells customer mail from the mail no one should answer: our own mail come back (a loop), bounces, and automatic
 * replies. Answering any of these would start a conversation between machines, so none becomes a ticket.
 */
public final class MailClassifier {

    /** Stamped on every mail the service sends; a mail that carries it with our address has gone round. */
    public static final String LOOP_HEADER = "X-Loop";

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    private MailClassifier() {
    }

    /** @param ownAddress the tenant's support address (the From of its replies), or null when it has none */
    public static MailVerdict classify(ReceivedMail mail, String ownAddress) {
        String own = ownAddress == null ? null : ownAddress.strip().toLowerCase(Locale.ROOT);
        String from = mail.fromAddress().toLowerCase(Locale.ROOT);
        MailHeaders headers = mail.headers();
        if (own != null && from.equals(own)) {
            return new MailVerdict(MailVerdict.Kind.LOOP, "sent from the tenant's own address " + ownAddress);
        }
        if (own != null && headers.fields().stream()
                .anyMatch(f -> f.name().equalsIgnoreCase(LOOP_HEADER) && f.value().toLowerCase(Locale.ROOT).contains(own))) {
            return new MailVerdict(MailVerdict.Kind.LOOP, "carries our " + LOOP_HEADER + " marker");
        }
        if ("multipart/report".equals(mail.contentType()) && "delivery-status".equalsIgnoreCase(mail.reportType())) {
            return new MailVerdict(MailVerdict.Kind.BOUNCE, "a delivery status report (multipart/report)");
        }
        if ("<>".equals(mail.returnPath() == null ? null : mail.returnPath().strip())) {
            return new MailVerdict(MailVerdict.Kind.BOUNCE, "an empty Return-Path (<>), as bounces have");
        }
        if (from.startsWith("mailer-daemon@")) {
            return new MailVerdict(MailVerdict.Kind.BOUNCE, "sent by " + mail.fromAddress());
        }
        // RFC 3834: any value but "no" says a machine sent it
        String autoSubmitted = headers.lowerValue("Auto-Submitted");
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
            return new MailVerdict(MailVerdict.Kind.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted);
        }
        for (String vendorMark : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
            if (headers.has(vendorMark)) {
                return new MailVerdict(MailVerdict.Kind.AUTO_REPLY, "carries " + vendorMark);
            }
        }
        String precedence = headers.lowerValue("Precedence");
        if (BULK_PRECEDENCE.contains(precedence)) {
            return new MailVerdict(MailVerdict.Kind.AUTO_REPLY, "Precedence: " + precedence);
        }
        return MailVerdict.customerMail();
    }
}

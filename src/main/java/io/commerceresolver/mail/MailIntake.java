package io.commerceresolver.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

/**
 * Makes tickets of received mail, from an IMAP mailbox, Gmail or a dropped .eml file alike. Everything in a mail is untrusted: a
 * mail that cannot be read, or that a machine sent, is refused with its reason recorded and never thrown back to the
 * mailbox (which would deliver it again on every poll). A reply in a thread we know is added to that thread's ticket.
 * Every write is idempotent on the Message-ID, so a mail read twice (two instances, a poll after a crash) counts once.
 */
public class MailIntake {

    public static final String SOURCE = "email";
    static final int MAX_TEXT = 20_000;
    static final int MAX_SUBJECT = 500;
    private static final String CUT = "\n[... cut: the mail was longer]";

    private final MailReader reader;
    private final MailChannels channels;
    private final MailThreads threads;
    private final RefusedMails refusals;
    private final TicketIntake intake;
    private final Tickets tickets;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public MailIntake(MailReader reader, MailChannels channels, MailThreads threads, RefusedMails refusals, TicketIntake intake,
                      Tickets tickets, EventLog events, Transactions transactions, Clock clock) {
        this.reader = reader;
        this.channels = channels;
        this.threads = threads;
        this.refusals = refusals;
        this.intake = intake;
        this.tickets = tickets;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param origin where the mail came from ("imap", "file"), for the record */
    public MailReceipt receive(String tenantId, byte[] raw, String origin) {
        return receive(tenantId, raw, origin, null);
    }

    /** @param channelThreadId the mail service's conversation id (Gmail's threadId), kept so that replies join it there */
    public MailReceipt receive(String tenantId, byte[] raw, String origin, String channelThreadId) {
        ReceivedMail mail;
        try {
            mail = reader.read(raw);
        } catch (UnreadableMail unreadable) {
            return refuse(tenantId, origin, null, null, null, MailVerdict.Kind.INVALID, unreadable.getMessage());
        }
        String messageId = mail.messageId() != null ? mail.messageId() : contentId(raw);
        String ownAddress = channels.find(tenantId).map(MailChannel::address).orElse(null);
        MailVerdict verdict = MailClassifier.classify(mail, ownAddress);
        if (!verdict.isCustomerMail()) {
            return refuse(tenantId, origin, messageId, mail.fromAddress(), mail.subject(), verdict.kind(), verdict.reason());
        }
        String text = text(mail);
        if (text == null) {
            return refuse(tenantId, origin, messageId, mail.fromAddress(), mail.subject(), MailVerdict.Kind.INVALID, "no text and no subject");
        }
        Optional<Ticket> thread = threads.ticketHolding(tenantId, mail.answers()).flatMap(id -> tickets.findById(tenantId, id));
        ThreadMessage kept = new ThreadMessage(tenantId, messageId, null, ThreadMessage.Direction.IN, mail.inReplyTo(),
                mail.references(), mail.fromAddress(), cut(mail.subject(), MAX_SUBJECT), text, mail.attachments(), clock.instant(),
                channelThreadId);
        if (thread.isPresent()) {
            return addToThread(thread.get(), kept, origin);
        }
        NewTicket ticket = new NewTicket(SOURCE, messageId, mail.fromAddress(), cut(mail.subject(), MAX_SUBJECT), text);
        try {
            ticket.validated();
        } catch (BadRequest invalid) {
            return refuse(tenantId, origin, messageId, mail.fromAddress(), mail.subject(), MailVerdict.Kind.INVALID, invalid.getMessage());
        }
        return transactions.inTransaction(() -> {
            TicketIntake.Accepted accepted = intake.accept(tenantId, ticket, null, "mail:" + origin);
            boolean first = threads.keepIfAbsent(withTicket(kept, accepted.ticketId()));
            if (first) {
                events.ticketEvent(tenantId, accepted.ticketId(), accepted.ticketId(), "mail_received", story(kept, origin, mail));
            }
            return MailReceipt.of(accepted.duplicate() ? MailReceipt.Outcome.ALREADY_RECEIVED : MailReceipt.Outcome.NEW_TICKET,
                    accepted.ticketId());
        });
    }

    /** A mail larger than the channel takes is refused before it is downloaded; only its headers are known. */
    public MailReceipt refuseOversized(String tenantId, String origin, String messageId, String from, String subject, long size, long limit) {
        return refuse(tenantId, origin, messageId, from, subject, MailVerdict.Kind.INVALID,
                "larger than the " + limit + " bytes a mail may have (" + size + " bytes)");
    }

    private MailReceipt addToThread(Ticket ticket, ThreadMessage kept, String origin) {
        return transactions.inTransaction(() -> {
            if (threads.keepIfAbsent(withTicket(kept, ticket.id()))) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("messageId", kept.messageId());
                payload.put("email", kept.fromAddress());
                payload.put("origin", origin);
                payload.put("attachments", attachmentList(kept.attachments()));
                events.ticketEvent(ticket.tenantId(), ticket.id(), ticket.correlationId(), "customer_replied", payload);
                reopenIfFinished(ticket);
                return MailReceipt.of(MailReceipt.Outcome.ADDED_TO_TICKET, ticket.id());
            }
            return MailReceipt.of(MailReceipt.Outcome.ALREADY_RECEIVED, ticket.id());
        });
    }

    /**
     * A customer who answers a ticket the resolver finished (resolved, or declined and told so) is not done with it:
     * the ticket goes back to a person, to whoever held it if anyone did, with the reply in its story. The playbook is
     * not run again: what the reply asks was never read, and nothing is done on a guess.
     */
    private void reopenIfFinished(Ticket ticket) {
        // read again in this transaction: the status may have moved since the thread was looked up
        Ticket current = tickets.findById(ticket.tenantId(), ticket.id()).orElse(ticket);
        if (current.status() != TicketStatus.RESOLVED && current.status() != TicketStatus.DECLINED) {
            return;
        }
        tickets.updateStatus(ticket.tenantId(), ticket.id(), TicketStatus.NEEDS_HUMAN,
                "The customer replied after the ticket was " + current.status().name().toLowerCase(Locale.ROOT) + "; a person reads the reply");
        events.ticketEvent(ticket.tenantId(), ticket.id(), ticket.correlationId(), "reopened",
                Map.of("was", current.status().name(), "why", "the customer replied", "assignee", String.valueOf(current.assignee())));
    }

    private MailReceipt refuse(String tenantId, String origin, String messageId, String from, String subject, MailVerdict.Kind kind,
                               String reason) {
        transactions.inTransaction(() -> refusals.record(new RefusedMail(Ids.newId(), tenantId, origin, cut(messageId, 500),
                cut(from, 320), cut(subject, MAX_SUBJECT), kind, cut(reason, 1000), clock.instant())));
        return MailReceipt.refused(kind, reason);
    }

    private static Map<String, Object> story(ThreadMessage kept, String origin, ReceivedMail mail) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("messageId", kept.messageId());
        payload.put("inReplyTo", kept.inReplyTo() == null ? "" : kept.inReplyTo());
        payload.put("references", kept.references());
        payload.put("origin", origin);
        payload.put("textFromHtml", mail.textFromHtml());
        payload.put("attachments", attachmentList(kept.attachments()));
        return payload;
    }

    private static List<Map<String, Object>> attachmentList(List<MailAttachment> attachments) {
        return attachments.stream().map(a -> Map.<String, Object>of("file", a.name(), "type", a.type(), "size", a.size())).toList();
    }

    /** The body, or the subject when the body is empty; cut to what a ticket holds. */
    private static String text(ReceivedMail mail) {
        String text = mail.text() == null ? "" : mail.text().strip();
        if (text.isEmpty()) {
            text = mail.subject() == null ? "" : mail.subject().strip();
        }
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    private static ThreadMessage withTicket(ThreadMessage m, String ticketId) {
        return new ThreadMessage(m.tenantId(), m.messageId(), ticketId, m.direction(), m.inReplyTo(), m.references(), m.fromAddress(),
                m.subject(), m.text(), m.attachments(), m.createdAt(), m.channelThreadId());
    }

    /** A mail without a Message-ID is known by its content, so that the same bytes read twice are one mail. */
    private static String contentId(byte[] raw) {
        try {
            return "<" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@no-message-id>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

package io.commerceresolver.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.notify.OutboxDeliveries;
import io.commerceresolver.notify.OutboxDelivery;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.Tickets;

/**
 * Sends the outbox of tenants whose mail channel sends (an SMTP server, or Gmail), in three short moves: claim a batch (one transaction, a
 * lease per mail), send each with no transaction or connection held, record each outcome (one transaction each).
 * A mail that fails is tried again later, each pause twice the last; one the server refuses for good, or that runs out
 * of tries, is marked FAILED with the error. Tenants whose channel does not send keep their outbox as it is.
 */
public class OutboxSending {

    /** How many References a reply carries at most: the thread's newest. */
    private static final int MAX_REFERENCES = 20;

    public record Settings(int batch, Duration lease, int maxAttempts, Duration backoff, Duration maxBackoff) {
    }

    private final OutboxDeliveries outbox;
    private final MailChannels channels;
    private final MailThreads threads;
    private final MailTransport transport;
    private final GmailSender gmail;
    private final Secrets secrets;
    private final Runs runs;
    private final Tickets tickets;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final Settings settings;
    private final String owner;

    public OutboxSending(OutboxDeliveries outbox, MailChannels channels, MailThreads threads, MailTransport transport, GmailSender gmail,
                         Secrets secrets, Runs runs, Tickets tickets, EventLog events, Transactions transactions, Clock clock, Settings settings,
                         String owner) {
        this.outbox = outbox;
        this.channels = channels;
        this.threads = threads;
        this.transport = transport;
        this.gmail = gmail;
        this.secrets = secrets;
        this.runs = runs;
        this.tickets = tickets;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
    }

    /** One pass: the due mail of every sending tenant, up to a batch. @return how many were sent */
    public int sendDue() {
        List<OutboxDelivery> claimed = TenantScope.acrossTenants(() -> {
            List<String> sending = channels.tenantsSending();
            Instant now = clock.instant();
            return sending.isEmpty() ? List.<OutboxDelivery>of()
                    : transactions.inTransaction(() -> outbox.claimDue(sending, settings.batch(), owner, now, now.plus(settings.lease())));
        });
        int sent = 0;
        for (OutboxDelivery mail : claimed) {
            if (TenantScope.of(mail.tenantId(), () -> deliver(mail))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxDelivery mail) {
        Optional<MailChannel> channel = channels.find(mail.tenantId()).filter(MailChannel::sends);
        if (channel.isEmpty()) {
            return settle(mail, null, new MailNotSent("the tenant's channel no longer sends mail (its SMTP server was removed)", false, null));
        }
        Optional<Ticket> ticket = ticketOf(mail);
        OutgoingMail outgoing = outgoing(mail, channel.get(), ticket.filter(t -> answersCustomer(t, mail)));
        try {
            send(outgoing, channel.get());
        } catch (MailNotSent notSent) {
            return settle(mail, ticket.orElse(null), notSent);
        }
        Instant at = clock.instant();
        transactions.inTransaction(() -> {
            if (!outbox.sent(mail, owner, outgoing.messageId(), at) || ticket.isEmpty()) {
                return;
            }
            if (answersCustomer(ticket.get(), mail)) {
                threads.keepIfAbsent(new ThreadMessage(mail.tenantId(), outgoing.messageId(), ticket.get().id(), ThreadMessage.Direction.OUT,
                        outgoing.inReplyTo(), outgoing.references(), outgoing.from(), cut(mail.subject()), mail.body(), List.of(), at, outgoing.channelThreadId()));
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("to", mail.toAddress());
            payload.put("messageId", outgoing.messageId());
            payload.put("inReplyTo", outgoing.inReplyTo() == null ? "" : outgoing.inReplyTo());
            payload.put("attempt", mail.attempts());
            events.ticketEvent(mail.tenantId(), ticket.get().id(), ticket.get().correlationId(), "mail_sent", payload);
        });
        return true;
    }

    /** The way the ticket came in is the way its answer leaves: the channel's SMTP server, or its Gmail account. */
    private void send(OutgoingMail outgoing, MailChannel channel) {
        if (channel.kind() == MailChannel.Kind.GMAIL) {
            gmail.send(channel.tenantId(), outgoing);
        } else {
            transport.send(outgoing, channel.smtp(), secrets.reveal(channel.tenantId(), MailChannelSettings.SMTP_PASSWORD).orElse(null));
        }
    }

    private boolean settle(OutboxDelivery mail, Ticket ticket, MailNotSent notSent) {
        boolean giveUp = notSent.permanent() || mail.attempts() >= settings.maxAttempts();
        Instant retryAt = giveUp ? null : clock.instant().plus(pause(mail.attempts()));
        transactions.inTransaction(() -> {
            if (outbox.notSent(mail, owner, retryAt, notSent.getMessage()) && ticket != null) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("to", mail.toAddress());
                payload.put("attempt", mail.attempts());
                payload.put("error", notSent.getMessage() == null ? notSent.getClass().getSimpleName() : notSent.getMessage());
                payload.put("retryAt", retryAt == null ? "never" : retryAt.toString());
                events.ticketEvent(mail.tenantId(), ticket.id(), ticket.correlationId(), giveUp ? "mail_failed" : "mail_retry", payload);
            }
        });
        return false;
    }

    /** backoff, 2 x backoff, 4 x backoff ... up to maxBackoff, after the n-th attempt */
    Duration pause(int attempts) {
        Duration pause = settings.backoff();
        for (int i = 1; i < attempts && pause.compareTo(settings.maxBackoff()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : pause;
    }

    private OutgoingMail outgoing(OutboxDelivery mail, MailChannel channel, Optional<Ticket> thread) {
        String domain = channel.address().substring(channel.address().indexOf('@') + 1);
        // fixed by the outbox row: every try of this mail is the same message to the receiving side
        String messageId = "<" + mail.id() + "." + mail.tenantId() + "@" + domain + ">";
        String inReplyTo = null;
        String channelThreadId = null;
        List<String> references = new ArrayList<>();
        if (thread.isPresent()) {
            List<ThreadMessage> earlier = threads.thread(mail.tenantId(), thread.get().id());
            for (ThreadMessage message : earlier) {
                references.add(message.messageId());
                if (message.direction() == ThreadMessage.Direction.IN) {
                    inReplyTo = message.messageId();
                }
                if (message.channelThreadId() != null) {
                    channelThreadId = message.channelThreadId();
                }
            }
            if (references.size() > MAX_REFERENCES) {
                references = new ArrayList<>(references.subList(references.size() - MAX_REFERENCES, references.size()));
            }
        }
        return new OutgoingMail(messageId, channel.address(), mail.toAddress(), mail.subject(), mail.body(), inReplyTo, references,
                channel.address(), channelThreadId);
    }

    /**
     * The ticket a mail is about, when a playbook step queued it: its idempotency key starts with the run's id
     * (playbook.ToolExecutor). Mail queued otherwise (to staff) belongs to no customer thread.
     */
    private Optional<Ticket> ticketOf(OutboxDelivery mail) {
        int colon = mail.idempotencyKey().indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return runs.findById(mail.tenantId(), mail.idempotencyKey().substring(0, colon))
                .flatMap(run -> tickets.findById(mail.tenantId(), run.ticketId()));
    }

    /** Only the customer's own mail is threaded: a ticket that came by mail, answered to the address it came from. */
    private static boolean answersCustomer(Ticket ticket, OutboxDelivery mail) {
        return MailIntake.SOURCE.equals(ticket.source())
                && ticket.customerEmail().toLowerCase(Locale.ROOT).equals(mail.toAddress().toLowerCase(Locale.ROOT));
    }

    private static String cut(String subject) {
        return subject == null || subject.length() <= MailIntake.MAX_SUBJECT ? subject : subject.substring(0, MailIntake.MAX_SUBJECT);
    }
}

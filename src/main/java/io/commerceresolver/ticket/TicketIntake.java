package io.commerceresolver.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Takes tickets in: validates, stores (once per source id), records that it arrived and queues it to be read, all in
 * one short transaction before answering. Nothing here waits for the workers, however busy they are.
 */
public class TicketIntake {

    public static final String DEFAULT_SOURCE = "api";
    /** Who hands in the tickets the store's events open: the rules, on the store's behalf, never a person who may approve. */
    public static final String STORE_SUBMITTER = "store-events";

    private final Tickets tickets;
    private final EventLog events;
    private final WorkQueue work;
    private final Transactions transactions;
    private final Clock clock;

    public TicketIntake(Tickets tickets, EventLog events, WorkQueue work, Transactions transactions, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Accepted(String ticketId, TicketStatus status, boolean duplicate) {
    }

    /**
     * A copy of a finished ticket, to be decided and planned again in shadow mode under the rules in force now, with
     * the original's reading (so that only the rules can make a difference). It changes nothing in the store.
     */
    public Accepted acceptReplay(Ticket original, String submittedBy) {
        String id = Ids.newId();
        Instant now = clock.instant();
        Ticket replay = new Ticket(id, original.tenantId(), Ticket.REPLAY_SOURCE, original.id() + "#" + id, original.customerEmail(),
                original.subject(), original.text(), TicketStatus.RECEIVED, null, null, null, id, now, now, submittedBy,
                null, null);
        return transactions.inTransaction(() -> {
            tickets.insertIfAbsent(replay);
            events.ticketEvent(replay.tenantId(), id, id, "received", Map.of("source", Ticket.REPLAY_SOURCE, "replayOf", original.id()));
            work.enqueue(replay.tenantId(), JobKind.READ_TICKET, id);
            return new Accepted(id, TicketStatus.RECEIVED, false);
        });
    }

    /** @param submittedBy the principal handing the ticket in, who may never approve what it leads to */
    public Accepted accept(String tenantId, NewTicket submitted, String correlationId, String submittedBy) {
        NewTicket ticket = submitted.validated();
        String source = ticket.source() == null ? DEFAULT_SOURCE : ticket.source();
        if (Ticket.REPLAY_SOURCE.equals(source)) {
            // replays are made by POST /tickets/{id}/replay only: one handed in would run on another ticket's reading
            throw new BadRequest("source", "Source '" + Ticket.REPLAY_SOURCE + "' is reserved for replays: POST /api/v1/tickets/{id}/replay");
        }
        if (Ticket.STORE_SOURCE.equals(source)) {
            // a ticket handed in under the store's source could take the external id of a change still to come
            throw new BadRequest("source", "Source '" + Ticket.STORE_SOURCE + "' is reserved for tickets the store's own events open");
        }
        if (Ticket.CHANGESET_SOURCE.equals(source)) {
            throw new BadRequest("source", "Source '" + Ticket.CHANGESET_SOURCE + "' is reserved for confirmed changesets: POST /api/v1/changesets/{id}/confirm");
        }
        return store(tenantId, ticket, source, null, correlationId, submittedBy, Map.of("source", source));
    }

    /**
     * A ticket a change in the store opens because its rules say so (rules/store-events.drl), with the rules' reading
     * of it: it is not read again, so no reader's guess can turn it into something else. One per {@code externalId}.
     *
     * @param why what the ticket's story tells of where it came from: the event, the rules that fired, their version
     */
    public Accepted acceptFromStore(String tenantId, NewTicket opened, ExtractedIntent reading, Map<String, Object> why) {
        NewTicket ticket = new NewTicket(Ticket.STORE_SOURCE, opened.externalId(), opened.customerEmail(), opened.subject(),
                opened.text()).validated();
        Map<String, Object> received = new LinkedHashMap<>(why);
        received.put("source", Ticket.STORE_SOURCE);
        return store(tenantId, ticket, Ticket.STORE_SOURCE, reading, null, STORE_SUBMITTER, received);
    }

    /**
     * The ticket of a changeset someone confirmed, in the caller's transaction: it is not read (there is nothing to
     * read: the changeset says what to do), and the caller starts its run. One per changeset.
     *
     * @param requester who asked for the changeset, as the ticket's writer: they can never approve what it leads to
     */
    public Ticket openForChangeset(String tenantId, String changesetId, String requester, String subject, String text) {
        Instant now = clock.instant();
        String id = Ids.newId();
        Ticket opened = new Ticket(id, tenantId, Ticket.CHANGESET_SOURCE, changesetId, requester, subject, text, TicketStatus.RECEIVED,
                null, null, null, id, now, now, requester, null, null);
        if (!tickets.insertIfAbsent(opened)) {
            return tickets.findBySource(tenantId, Ticket.CHANGESET_SOURCE, changesetId).orElseThrow();
        }
        events.ticketEvent(tenantId, id, id, "received", Map.of("source", Ticket.CHANGESET_SOURCE, "externalId", changesetId));
        return opened;
    }

    private Accepted store(String tenantId, NewTicket ticket, String source, ExtractedIntent reading, String correlationId,
                           String submittedBy, Map<String, Object> receivedPayload) {
        String id = Ids.newId();
        // without an id from its source, a ticket can only be told apart by its own id
        String externalId = ticket.externalId() == null ? id : ticket.externalId().strip();
        String correlation = correlationId == null || correlationId.isBlank() ? id : correlationId;
        Instant now = clock.instant();
        Ticket received = new Ticket(id, tenantId, source, externalId, ticket.customerEmail().strip(), ticket.subject(),
                ticket.text(), TicketStatus.RECEIVED, null, null, null, correlation, now, now, submittedBy, null, null);
        Map<String, Object> payload = new LinkedHashMap<>(receivedPayload);
        payload.put("externalId", externalId);
        return transactions.inTransaction(() -> {
            if (tickets.insertIfAbsent(received)) {
                if (reading != null) {
                    tickets.recordIntent(tenantId, id, reading);
                }
                events.ticketEvent(tenantId, id, correlation, "received", payload);
                work.enqueue(tenantId, JobKind.READ_TICKET, id);
                return new Accepted(id, TicketStatus.RECEIVED, false);
            }
            Ticket existing = tickets.findBySource(tenantId, source, externalId).orElseThrow();
            return new Accepted(existing.id(), existing.status(), true);
        });
    }
}

package io.commerceresolver.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.Transactions;

/** Takes tickets in: validates, stores (once per source id) and records that it arrived, all before answering. */
public class TicketIntake {

    public static final String DEFAULT_SOURCE = "api";

    private final Tickets tickets;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;

    public TicketIntake(Tickets tickets, EventLog events, Transactions transactions, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Accepted(String ticketId, TicketStatus status, boolean duplicate) {
    }

    public Accepted accept(String tenantId, NewTicket submitted, String correlationId) {
        NewTicket ticket = submitted.validated();
        String id = Ids.newId();
        String source = ticket.source() == null ? DEFAULT_SOURCE : ticket.source();
        // without an id from its source, a ticket can only be told apart by its own id
        String externalId = ticket.externalId() == null ? id : ticket.externalId().strip();
        String correlation = correlationId == null || correlationId.isBlank() ? id : correlationId;
        Instant now = clock.instant();
        Ticket received = new Ticket(id, tenantId, source, externalId, ticket.customerEmail().strip(), ticket.subject(),
                ticket.text(), TicketStatus.RECEIVED, null, null, null, correlation, now, now);
        return transactions.inTransaction(() -> {
            if (tickets.insertIfAbsent(received)) {
                events.ticketEvent(tenantId, id, correlation, "received", Map.of("source", source, "externalId", externalId));
                return new Accepted(id, TicketStatus.RECEIVED, false);
            }
            Ticket existing = tickets.findBySource(tenantId, source, externalId).orElseThrow();
            return new Accepted(existing.id(), existing.status(), true);
        });
    }
}

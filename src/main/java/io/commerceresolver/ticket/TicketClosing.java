package io.commerceresolver.ticket;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * The person a ticket was handed to closes it once they have dealt with it: resolved, or declined, with a note for the
 * story. Only a ticket waiting for a person can be closed so, and only once; it then no longer counts among the open
 * tickets the handoff rules balance (rules/handoff.drl).
 */
public class TicketClosing {

    static final int MAX_NOTE = 2000;

    private final Tickets tickets;
    private final EventLog events;
    private final Transactions transactions;

    public TicketClosing(Tickets tickets, EventLog events, Transactions transactions) {
        this.tickets = tickets;
        this.events = events;
        this.transactions = transactions;
    }

    public Ticket close(String tenantId, String ticketId, String outcome, String note, String closedBy) {
        TicketStatus status = outcome(outcome);
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequest("note", "Field 'note' must be at most " + MAX_NOTE + " characters");
        }
        String detail = (status == TicketStatus.RESOLVED ? "Resolved by " : "Declined by ") + closedBy
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return transactions.inTransaction(() -> {
            Ticket ticket = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
            if (!tickets.closeHandedOver(tenantId, ticketId, status, detail)) {
                throw new Conflict("Ticket " + ticketId + " is " + tickets.findById(tenantId, ticketId).map(Ticket::status).orElse(ticket.status())
                        + ": only a ticket waiting for a person (NEEDS_HUMAN) is closed by one");
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("outcome", status.name());
            payload.put("closedBy", closedBy);
            payload.put("assignee", ticket.assignee());
            payload.put("note", note == null ? null : note.strip());
            events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "closed_by_person", payload);
            return tickets.findById(tenantId, ticketId).orElseThrow();
        });
    }

    private static TicketStatus outcome(String outcome) {
        String wanted = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT);
        if (!wanted.equals(TicketStatus.RESOLVED.name()) && !wanted.equals(TicketStatus.DECLINED.name())) {
            throw new BadRequest("outcome", "Field 'outcome' must be RESOLVED or DECLINED");
        }
        return TicketStatus.valueOf(wanted);
    }
}

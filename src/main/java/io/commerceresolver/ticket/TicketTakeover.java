package io.commerceresolver.ticket;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * A person takes a ticket that waits for one (NEEDS_HUMAN) into their own hands, whoever the handoff rules gave it to
 * (or nobody): it becomes theirs ({@link Ticket#assignee()}, by username), the story says who took it from whom, and the
 * audit log keeps the change. Taking a ticket one already holds changes and records nothing.
 */
public class TicketTakeover {

    private final Tickets tickets;
    private final EventLog events;
    private final AuditLog audit;
    private final Transactions transactions;

    public TicketTakeover(Tickets tickets, EventLog events, AuditLog audit, Transactions transactions) {
        this.tickets = tickets;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The ticket as it is now, and whether this call made it the person's (false: it was theirs already). */
    public record TakenOver(Ticket ticket, boolean changed) {
    }

    public TakenOver takeOver(Caller person, String ticketId) {
        if (person.kind() != Caller.Kind.USER) {
            throw new Forbidden("A ticket is taken over by a person signed in as a user, not by " + person.principal());
        }
        String tenantId = person.tenantId();
        String me = person.name();
        return transactions.inTransaction(() -> {
            Ticket ticket = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
            if (ticket.status() != TicketStatus.NEEDS_HUMAN) {
                throw new Conflict("Ticket " + ticketId + " is " + ticket.status()
                        + ": only a ticket waiting for a person (NEEDS_HUMAN) can be taken over");
            }
            if (me.equals(ticket.assignee())) {
                return new TakenOver(ticket, false);
            }
            if (!tickets.takeOver(tenantId, ticketId, ticket.assignee(), me)) {
                throw new Conflict("Ticket " + ticketId + " changed hands or was closed a moment ago; reload it to see who has it");
            }
            Map<String, Object> before = new HashMap<>();
            before.put("assignee", ticket.assignee());
            audit.record(person, "ticket.take_over", ticketId, before, Map.of("assignee", me));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("assignee", me);
            payload.put("previousAssignee", ticket.assignee());
            payload.put("by", person.principal());
            events.ticketEvent(tenantId, ticketId, ticket.correlationId(), "taken_over", payload);
            return new TakenOver(tickets.findById(tenantId, ticketId).orElseThrow(), true);
        });
    }
}

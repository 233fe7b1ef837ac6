package io.commerceresolver.ticket;

import java.util.Map;

import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.playbook.HandoffTickets;
import io.commerceresolver.system.NotFound;

/** The ticket desk as a handoff sees it: the reading to route by, and the person the ticket is given to. */
public class TicketHandoffs implements HandoffTickets {

    private final Tickets tickets;

    public TicketHandoffs(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Reading reading(String tenantId, String ticketId) {
        Ticket ticket = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
        ExtractedIntent read = ticket.intent();
        String orderId = read == null ? null : read.entities().orderId();
        return new Reading(read == null ? null : read.intent().code(), read == null ? 0 : read.confidence(),
                orderId != null && !orderId.isBlank(), ticket.language(), ticket.subject(), Ticket.STORE_SOURCE.equals(ticket.source()));
    }

    @Override
    public void assign(String tenantId, String ticketId, String username) {
        tickets.assign(tenantId, ticketId, username);
    }

    @Override
    public Map<String, Integer> openTicketsByAssignee(String tenantId) {
        return tickets.openTicketsByAssignee(tenantId);
    }
}

package io.commerceresolver.playbook;

import java.util.Map;

/** What a handoff needs of the ticket desk: how the ticket was read, whom it is handed to, who holds how many. */
public interface HandoffTickets {

    /**
     * How the ticket was read: what it asks, how surely, whether it names an order, what it is written in, and whether
     * the store's own events opened it (rules/store-events.drl) rather than a customer.
     */
    record Reading(String intent, double confidence, boolean orderNamed, String language, String subject, boolean openedByStore) {
    }

    Reading reading(String tenantId, String ticketId);

    void assign(String tenantId, String ticketId, String username);

    /** How many tickets each person holds that still wait for them, by username. */
    Map<String, Integer> openTicketsByAssignee(String tenantId);
}

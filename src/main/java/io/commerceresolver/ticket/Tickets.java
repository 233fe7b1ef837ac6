package io.commerceresolver.ticket;

import java.util.Map;
import java.util.Optional;

import io.commerceresolver.intent.ExtractedIntent;

public interface Tickets {

    /** Stores the ticket unless the tenant already has one from the same source with the same external id. */
    boolean insertIfAbsent(Ticket ticket);

    Optional<Ticket> findById(String tenantId, String ticketId);

    Optional<Ticket> findBySource(String tenantId, String source, String externalId);

    void recordDecision(String tenantId, String ticketId, String decisionId);

    void recordIntent(String tenantId, String ticketId, ExtractedIntent intent);

    /** What the ticket is written in, as detected when it was read. */
    void recordLanguage(String tenantId, String ticketId, String language);

    /** Hands the ticket to a person of the tenant (by username). */
    void assign(String tenantId, String ticketId, String assignee);

    /**
     * Gives a ticket that waits for a person (NEEDS_HUMAN) to {@code to}, if it is still held by {@code from} (null: by
     * nobody); false otherwise: two people taking it at once, one of them wins.
     */
    boolean takeOver(String tenantId, String ticketId, String from, String to);

    /** How many tickets each person holds that still wait for them (NEEDS_HUMAN), by username. */
    Map<String, Integer> openTicketsByAssignee(String tenantId);

    /**
     * Closes a ticket that waits for a person (NEEDS_HUMAN) with {@code status}; false when it does not wait for one
     * (any more): two people closing it at once, one of them wins.
     */
    boolean closeHandedOver(String tenantId, String ticketId, TicketStatus status, String detail);

    void updateStatus(String tenantId, String ticketId, TicketStatus status, String detail);
}

package io.commerceresolver.ticket;

import java.util.Optional;

import io.commerceresolver.intent.ExtractedIntent;

public interface Tickets {

    /** Stores the ticket unless the tenant already has one from the same source with the same external id. */
    boolean insertIfAbsent(Ticket ticket);

    Optional<Ticket> findById(String tenantId, String ticketId);

    Optional<Ticket> findBySource(String tenantId, String source, String externalId);

    void recordDecision(String tenantId, String ticketId, String decisionId);

    void recordIntent(String tenantId, String ticketId, ExtractedIntent intent);

    void updateStatus(String tenantId, String ticketId, TicketStatus status, String detail);
}

package io.commerceresolver.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.intent.ExtractedIntent;

public interface Tickets {

    /** Stores the ticket unless the tenant already has one from the same source with the same external id. */
    boolean insertIfAbsent(Ticket ticket);

    Optional<Ticket> findById(String tenantId, String ticketId);

    Optional<Ticket> findBySource(String tenantId, String source, String externalId);

    /** Moves a RECEIVED ticket to IN_PROGRESS; false if it was not RECEIVED (another worker has it, or it is done). */
    boolean claim(String tenantId, String ticketId);

    /** Puts back to RECEIVED the tickets claimed before the cutoff that never got a run: their worker stopped. */
    int releaseClaimsWithoutRun(String tenantId, Instant claimedBefore);

    void recordDecision(String tenantId, String ticketId, String decisionId);

    /** Tickets of the tenant still waiting to be read that arrived before the cutoff, oldest first. */
    List<String> findReceivedBefore(String tenantId, Instant cutoff, int limit);

    void recordIntent(String tenantId, String ticketId, ExtractedIntent intent);

    void updateStatus(String tenantId, String ticketId, TicketStatus status, String detail);
}

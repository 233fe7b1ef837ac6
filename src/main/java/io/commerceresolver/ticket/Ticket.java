package io.commerceresolver.ticket;

import java.time.Instant;

import io.commerceresolver.intent.ExtractedIntent;

/**
 * A customer's request, as received, with what was read from it once it has been. {@code submittedBy} is the
 * principal that handed it in (a channel's key, an agent), not the customer. {@code language} is what it is written in
 * (an ISO 639-1 code, "und" when it cannot be told), known once it is read; {@code assignee} the person it was handed
 * to, if a playbook left it to one (processes/human_handoff.bpmn).
 */
public record Ticket(String id,
                     String tenantId,
                     String source,
                     String externalId,
                     String customerEmail,
                     String subject,
                     String text,
                     TicketStatus status,
                     String statusDetail,
                     ExtractedIntent intent,
                     String decisionId,
                     String correlationId,
                     Instant createdAt,
                     Instant updatedAt,
                     String submittedBy,
                     String language,
                     String assignee) {

    /** The source of tickets made by replaying another: their external id is the original's id, '#', a new id. */
    public static final String REPLAY_SOURCE = "replay";

    /**
     * The source of tickets a change in the seller's store opened (rules/store-events.drl): their reading is the rules',
     * given when they are opened, and their external id names the change and what it asks for.
     */
    public static final String STORE_SOURCE = "store";

    /** The source of the ticket a confirmed changeset opens for its run: its external id is the changeset's id. */
    public static final String CHANGESET_SOURCE = "changeset";

    /** The ticket this one replays in shadow mode, or null for a ticket a customer sent. */
    public String replayOf() {
        return REPLAY_SOURCE.equals(source) && externalId.contains("#") ? externalId.substring(0, externalId.indexOf('#')) : null;
    }
}

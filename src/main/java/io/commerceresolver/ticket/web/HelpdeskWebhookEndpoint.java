package io.commerceresolver.ticket.web;

import org.springframework.stereotype.Component;

import io.commerceresolver.ticket.HelpdeskTickets;
import io.commerceresolver.ticket.HelpdeskTickets.Helpdesk;
import io.commerceresolver.ticket.HelpdeskTickets.Proof;
import io.commerceresolver.ticket.TicketIntake;

/** What camel-routes/intake/helpdesks.yaml calls; the helpdesk's proof, not an API key, says who sent it. */
@Component("helpdeskWebhookEndpoint")
public class HelpdeskWebhookEndpoint {

    private final HelpdeskTickets helpdesks;

    public HelpdeskWebhookEndpoint(HelpdeskTickets helpdesks) {
        this.helpdesks = helpdesks;
    }

    /** Answered as {@code {"ticketId": ..., "status": "RECEIVED", "duplicate": false}}. */
    public TicketIntake.Accepted zendesk(String tenantId, byte[] body, String signature, String timestamp) {
        return helpdesks.accept(Helpdesk.ZENDESK, tenantId, body, new Proof(signature, timestamp, null));
    }

    public TicketIntake.Accepted gorgias(String tenantId, byte[] body, String token) {
        return helpdesks.accept(Helpdesk.GORGIAS, tenantId, body, new Proof(null, null, token));
    }
}

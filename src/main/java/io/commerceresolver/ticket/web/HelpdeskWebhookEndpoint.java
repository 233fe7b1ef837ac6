package io.commerceresolver.ticket.web;

import java.util.LinkedHashMap;
import java.util.Map;

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

    public Map<String, Object> zendesk(String tenantId, byte[] body, String signature, String timestamp) {
        return answer(helpdesks.accept(Helpdesk.ZENDESK, tenantId, body, new Proof(signature, timestamp, null)));
    }

    public Map<String, Object> gorgias(String tenantId, byte[] body, String token) {
        return answer(helpdesks.accept(Helpdesk.GORGIAS, tenantId, body, new Proof(null, null, token)));
    }

    private static Map<String, Object> answer(TicketIntake.Accepted accepted) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticketId", accepted.ticketId());
        answer.put("status", accepted.status().name());
        answer.put("duplicate", accepted.duplicate());
        return answer;
    }
}

package io.commerceresolver.ticket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.security.web.CurrentCaller;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * What camel-routes/intake/rest.yaml calls: turns the posted JSON into a ticket for intake. The body is untrusted:
 * unknown fields and wrong types are refused by name.
 */
@Component("ticketIntakeEndpoint")
public class TicketIntakeEndpoint {

    private final TicketIntake intake;
    private final TicketJson tickets;

    public TicketIntakeEndpoint(TicketIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.tickets = new TicketJson(json);
    }

    /**
     * The caller is the one Spring Security verified for this request (the route's thread carries its security
     * context). The body must be JSON in UTF-8, as RFC 8259 has it.
     */
    @PreAuthorize(Access.SUBMIT_TICKET)
    public Map<String, Object> accept(byte[] bytes, String correlationId) {
        Caller caller = CurrentCaller.get();
        NewTicket ticket = tickets.ticket(tickets.tree(bytes, "a JSON ticket with customerEmail and text"), "");
        if (correlationId != null && !correlationId.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new BadRequest("X-Correlation-Id", "Header 'X-Correlation-Id' must be 1 to 64 letters, digits and ._:-");
        }
        TicketIntake.Accepted accepted = intake.accept(caller.tenantId(), ticket, correlationId, caller.principal());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticketId", accepted.ticketId());
        answer.put("status", accepted.status().name());
        return answer;
    }
}

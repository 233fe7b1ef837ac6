package io.commerceresolver.ticket.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketProcessing;

/**
 * What camel-routes/ticket-intake.yaml calls: turns the posted JSON into a ticket for intake, and hands stored
 * tickets to processing. The body is untrusted: unknown fields and wrong types are refused by name.
 */
@Component("ticketIntakeEndpoint")
public class TicketIntakeEndpoint {

    private final TicketIntake intake;
    private final TicketProcessing processing;
    private static final int STALLED_PER_TENANT = 50;

    private final ObjectMapper json;
    private final Clock clock;

    public TicketIntakeEndpoint(TicketIntake intake, TicketProcessing processing, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.processing = processing;
        this.clock = clock;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Map<String, Object> accept(String tenantId, String body, String correlationId) {
        if (body == null || body.isBlank()) {
            throw new BadRequest(null, "The request body is empty: send a JSON ticket with customerEmail and text");
        }
        NewTicket ticket;
        try {
            ticket = json.readValue(body, NewTicket.class);
        } catch (UnrecognizedPropertyException unknown) {
            throw new BadRequest(unknown.getPropertyName(), "Field '" + unknown.getPropertyName() + "' is not part of a ticket");
        } catch (MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : mismatch.getPath().get(0).getFieldName();
            throw new BadRequest(field, field == null ? "The request body must be a JSON object"
                    : "Field '" + field + "' must be a string");
        } catch (JsonProcessingException malformed) {
            throw new BadRequest(null, "The request body is not valid JSON (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")");
        }
        if (ticket == null) {
            throw new BadRequest(null, "The request body must be a JSON object");
        }
        TicketIntake.Accepted accepted = intake.accept(tenantId, ticket, correlationId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticketId", accepted.ticketId());
        answer.put("status", accepted.status().name());
        return answer;
    }

    public void process(String tenantId, String ticketId) {
        processing.process(tenantId, ticketId);
    }

    /**
     * Called by the sweep route: tickets stored at least {@code graceSeconds} ago and still unread are processed now,
     * and so are tickets claimed {@code claimAbandonedSeconds} ago that never got a run.
     */
    public int processStalled(int graceSeconds, int claimAbandonedSeconds) {
        return processing.processStalled(clock.instant(), Duration.ofSeconds(graceSeconds),
                Duration.ofSeconds(claimAbandonedSeconds), STALLED_PER_TENANT);
    }
}

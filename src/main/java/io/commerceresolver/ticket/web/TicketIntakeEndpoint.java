package io.commerceresolver.ticket.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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
    private final ObjectMapper json;

    public TicketIntakeEndpoint(TicketIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The caller is the one Spring Security verified for this request (the route's thread carries its security
     * context). The body must be JSON in UTF-8, as RFC 8259 has it.
     */
    @PreAuthorize(Access.SUBMIT_TICKET)
    public Map<String, Object> accept(byte[] bytes, String correlationId) {
        Caller caller = CurrentCaller.get();
        String body = utf8(bytes);
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
            throw new BadRequest(null, malformed.getLocation() == null ? "The request body is not valid JSON"
                    : "The request body is not valid JSON (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")");
        }
        if (ticket == null) {
            throw new BadRequest(null, "The request body must be a JSON object");
        }
        if (correlationId != null && !correlationId.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new BadRequest("X-Correlation-Id", "Header 'X-Correlation-Id' must be 1 to 64 letters, digits and ._:-");
        }
        TicketIntake.Accepted accepted = intake.accept(caller.tenantId(), ticket, correlationId, caller.principal());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticketId", accepted.ticketId());
        answer.put("status", accepted.status().name());
        return answer;
    }

    /** Strictly: a byte that is not UTF-8 is refused, not replaced. (The media type is checked before: RequestBodies.) */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new BadRequest(null, "The request body is not UTF-8 text");
        }
    }
}

package io.commerceresolver.ticket.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.StrictUtf8;
import io.commerceresolver.ticket.NewTicket;

/**
 * Tickets as JSON, read strictly: unknown fields and wrong types are refused by name, a body that is not UTF-8 is
 * refused rather than guessed at. Shared by the single and the batch intake.
 */
final class TicketJson {

    private final ObjectMapper json;

    TicketJson(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The body as a JSON tree; an empty or malformed body is a 400 saying where. */
    JsonNode tree(byte[] bytes, String whatToSend) {
        String body = utf8(bytes);
        if (body == null || body.isBlank()) {
            throw new BadRequest(null, "The request body is empty: send " + whatToSend);
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new BadRequest(null, malformed.getLocation() == null ? "The request body is not valid JSON"
                    : "The request body is not valid JSON (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")");
        }
    }

    /** One ticket; {@code prefix} names where it sits in the body ("" for a single ticket, "tickets[3]." in a batch). */
    NewTicket ticket(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            throw new BadRequest(prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    prefix.isEmpty() ? "The request body must be a JSON object" : "Each ticket must be a JSON object");
        }
        try {
            return json.treeToValue(node, NewTicket.class);
        } catch (UnrecognizedPropertyException unknown) {
            throw new BadRequest(prefix + unknown.getPropertyName(), "Field '" + unknown.getPropertyName() + "' is not part of a ticket");
        } catch (MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : mismatch.getPath().get(0).getFieldName();
            throw new BadRequest(field == null ? null : prefix + field, field == null ? "A ticket must be a JSON object"
                    : "Field '" + field + "' must be a string");
        } catch (JsonProcessingException unreadable) {
            throw new BadRequest(null, "The ticket does not read as one: " + unreadable.getOriginalMessage());
        }
    }

    /** Strictly: a byte that is not UTF-8 is refused, not replaced. (The media type is checked before: RequestBodies.) */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return StrictUtf8.decode(bytes).orElseThrow(() -> new BadRequest(null, "The request body is not UTF-8 text"));
    }
}

package io.commerceresolver.ticket.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.security.web.CurrentCaller;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * What camel-routes/intake/batch.yaml calls: up to {@value #MAX_TICKETS} tickets in one request, each accepted or
 * rejected on its own, with its reason (or FAILED, when storing it failed for a reason of the service's own). Each
 * accepted ticket is stored and queued in its own transaction, so one bad
 * ticket never holds back the others, and a batch sent again is stored once per ticket with an {@code externalId}.
 */
@Component("ticketBatchEndpoint")
public class TicketBatchEndpoint {

    static final int MAX_TICKETS = 500;
    private static final Logger log = LoggerFactory.getLogger(TicketBatchEndpoint.class);

    private final TicketIntake intake;
    private final TicketJson tickets;

    public TicketBatchEndpoint(TicketIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.tickets = new TicketJson(json);
    }

    /** What became of each ticket, by its place in the batch. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(int index, String outcome, String ticketId, String status, Boolean duplicate, String field, String reason) {

        static Result accepted(int index, TicketIntake.Accepted accepted) {
            return new Result(index, accepted.duplicate() ? "DUPLICATE" : "ACCEPTED", accepted.ticketId(), accepted.status().name(),
                    accepted.duplicate(), null, null);
        }

        static Result failed(int index) {
            return new Result(index, "FAILED", null, null, null, null,
                    "The ticket could not be stored now; nothing of it was kept. Send it again (with an externalId it is stored once).");
        }

        static Result rejected(int index, BadRequest why) {
            return new Result(index, "REJECTED", null, null, null, why.field(), why.getMessage());
        }
    }

    public record BatchAnswer(int accepted, int rejected, int failed, List<Result> results) {
    }

    @PreAuthorize(Access.SUBMIT_TICKET)
    public BatchAnswer accept(byte[] bytes) {
        Caller caller = CurrentCaller.get();
        JsonNode body = tickets.tree(bytes, "{\"tickets\": [ ... ]} with up to " + MAX_TICKETS + " tickets");
        JsonNode list = body.isObject() ? body.get("tickets") : null;
        if (list == null || !list.isArray()) {
            throw new BadRequest("tickets", "The body must be {\"tickets\": [ ... ]}, an array of tickets as POST /api/v1/tickets takes them");
        }
        if (body.size() > 1) {
            body.fieldNames().forEachRemaining(name -> {
                if (!"tickets".equals(name)) {
                    throw new BadRequest(name, "Field '" + name + "' is not part of a batch");
                }
            });
        }
        if (list.isEmpty() || list.size() > MAX_TICKETS) {
            throw new BadRequest("tickets", "A batch holds 1 to " + MAX_TICKETS + " tickets, not " + list.size());
        }
        List<Result> results = new ArrayList<>(list.size());
        int accepted = 0;
        int failed = 0;
        for (int index = 0; index < list.size(); index++) {
            try {
                NewTicket ticket = tickets.ticket(list.get(index), "tickets[" + index + "].");
                results.add(Result.accepted(index, intake.accept(caller.tenantId(), ticket, null, caller.principal())));
                accepted++;
            } catch (BadRequest rejected) {
                results.add(Result.rejected(index, rejected.field() == null || rejected.field().startsWith("tickets[") ? rejected
                        : new BadRequest("tickets[" + index + "]." + rejected.field(), rejected.getMessage())));
            } catch (RuntimeException error) {
                // the tickets before it are stored already: the batch goes on, and says which one to send again
                log.error("Batch ticket {} of {} could not be stored", index, caller.tenantId(), error);
                results.add(Result.failed(index));
                failed++;
            }
        }
        return new BatchAnswer(accepted, list.size() - accepted - failed, failed, results);
    }
}

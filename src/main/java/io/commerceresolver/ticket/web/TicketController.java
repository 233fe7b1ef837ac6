package io.commerceresolver.ticket.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.approval.web.ApprovalJson;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketClosing;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketReplays;
import io.commerceresolver.ticket.TicketView;

@RestController
public class TicketController {

    private final TicketQueries queries;
    private final TicketReplays replays;
    private final TicketClosing closing;

    public TicketController(TicketQueries queries, TicketReplays replays, TicketClosing closing) {
        this.queries = queries;
        this.replays = replays;
        this.closing = closing;
    }

    public record Resolution(String outcome, String note) {
    }

    /**
     * The person a handed-over ticket went to closes it: {@code {"outcome": "RESOLVED" or "DECLINED", "note": "..."}}.
     * 409 unless it waits for a person.
     */
    @PreAuthorize(Access.WORK_TICKET)
    @PostMapping("/api/v1/tickets/{ticketId}/resolution")
    public Map<String, Object> close(@AuthenticationPrincipal Caller caller, @PathVariable String ticketId,
                                     @RequestBody(required = false) Resolution resolution) {
        if (resolution == null) {
            throw new BadRequest("outcome", "The body must be {\"outcome\": \"RESOLVED\" or \"DECLINED\", \"note\": \"...\"}");
        }
        Ticket closed = closing.close(caller.tenantId(), ticketId, resolution.outcome(), resolution.note(), caller.principal());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticketId", closed.id());
        body.put("status", closed.status().name());
        body.put("statusDetail", closed.statusDetail());
        body.put("assignee", closed.assignee());
        return body;
    }

    /**
     * Runs a finished ticket again, in shadow mode, under the rules in force now, with its original reading: 202 and
     * the replay's ticket, which shows what would differ ("comparison") once it has settled. Nothing is written to
     * the store or sent to the customer.
     */
    @PreAuthorize(Access.EVALUATE)
    @PostMapping("/api/v1/tickets/{ticketId}/replay")
    public ResponseEntity<Map<String, Object>> replay(@AuthenticationPrincipal Caller caller, @PathVariable String ticketId) {
        TicketIntake.Accepted accepted = replays.replay(caller.tenantId(), ticketId, caller.principal());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replayTicketId", accepted.ticketId());
        body.put("replayOf", ticketId);
        body.put("status", accepted.status().name());
        URI location = URI.create("/api/v1/tickets/" + accepted.ticketId());
        body.put("ticket", location.toString());
        return ResponseEntity.accepted().location(location).body(body);
    }

    @PreAuthorize(Access.READ_TICKET)
    @GetMapping("/api/v1/tickets/{ticketId}")
    public Map<String, Object> ticket(@AuthenticationPrincipal Caller caller, @PathVariable String ticketId) {
        TicketView view = queries.view(caller.tenantId(), ticketId);
        Ticket t = view.ticket();
        if (caller.isIntakeOnly()) {
            return statusOnly(caller, t);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticketId", t.id());
        body.put("status", t.status().name());
        body.put("statusDetail", t.statusDetail());
        body.put("source", t.source());
        body.put("externalId", t.externalId());
        body.put("customerEmail", t.customerEmail());
        body.put("subject", t.subject());
        body.put("text", t.text());
        body.put("language", t.language());
        body.put("assignee", t.assignee());
        body.put("correlationId", t.correlationId());
        body.put("submittedBy", t.submittedBy());
        body.put("createdAt", t.createdAt());
        body.put("updatedAt", t.updatedAt());
        body.put("intent", t.intent() == null ? null : Map.of(
                "intent", t.intent().intent().code(),
                "entities", t.intent().entities(),
                "confidence", t.intent().confidence(),
                "extractor", t.intent().extractor()));
        body.put("decision", decision(view.decision()));
        body.put("run", run(view.run(), view.runDecision()));
        body.put("approval", view.approval() == null ? null : ApprovalJson.of(view.approval()));
        body.put("events", view.events());
        if (t.replayOf() != null) {
            body.put("replayOf", t.replayOf());
            body.put("comparison", replays.comparison(view).orElse(null));
        }
        return body;
    }

    /** A channel follows the tickets it handed in, and sees no more of them than their status. */
    private static Map<String, Object> statusOnly(Caller caller, Ticket t) {
        if (!caller.principal().equals(t.submittedBy())) {
            throw new NotFound("ticket", t.id());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticketId", t.id());
        body.put("status", t.status().name());
        body.put("statusDetail", t.statusDetail());
        body.put("createdAt", t.createdAt());
        body.put("updatedAt", t.updatedAt());
        return body;
    }

    static Map<String, Object> decision(Decision d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionId", d.id());
        body.put("subject", d.subject());
        body.put("playbook", d.playbook());
        body.put("tier", d.tier());
        body.put("tierName", d.tierName());
        body.put("allowed", d.allowed());
        body.put("approvalRequired", d.approvalRequired());
        body.put("approverRole", d.approverRole());
        body.put("reasons", d.reasons());
        body.put("firedRules", d.firedRules());
        body.put("rulesVersion", d.rulesVersion());
        body.put("decidedAt", d.ts());
        return body;
    }

    private static Map<String, Object> run(AgentRun run, Decision runDecision) {
        if (run == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", run.id());
        body.put("playbook", run.playbook());
        body.put("status", run.status().name());
        body.put("tier", run.tier());
        body.put("processInstanceId", run.processInstanceId());
        body.put("plan", run.plan());
        body.put("result", run.state());
        body.put("decision", decision(runDecision));
        body.put("startedAt", run.startedAt());
        body.put("endedAt", run.endedAt());
        return body;
    }
}

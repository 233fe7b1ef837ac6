package io.commerceresolver.approval.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The approval inbox over HTTP: list what waits, decide it. Deciding resumes the waiting playbook in the same call. */
@RestController
public class ApprovalController {

    private final ApprovalInbox inbox;
    private final Decisions decisions;

    public ApprovalController(ApprovalInbox inbox, Decisions decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/approvals")
    public List<Map<String, Object>> list(@AuthenticationPrincipal Caller caller,
                                          @RequestParam(defaultValue = "PENDING") String outcome) {
        return inbox.withOutcome(caller.tenantId(), outcome(outcome)).stream().map(this::withDecision).toList();
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/approvals/{approvalId}")
    public Map<String, Object> get(@AuthenticationPrincipal Caller caller, @PathVariable String approvalId) {
        return withDecision(inbox.get(caller.tenantId(), approvalId));
    }

    /** What would be done, and the rules' reasons for asking a person first. */
    private Map<String, Object> withDecision(Approval approval) {
        String decisionId = approval.proposal() == null ? null : approval.proposal().decisionId();
        return ApprovalJson.of(approval, decisionId == null ? null : decisions.findById(approval.tenantId(), decisionId).orElse(null));
    }

    /** {@code decidedBy} may be left out: who decides is the caller. When given, it must name the caller. */
    public record DecisionRequest(Boolean approved, String decidedBy, String reason) {
    }

    @PreAuthorize(Access.DECIDE_APPROVAL)
    @PostMapping("/api/v1/approvals/{approvalId}/decision")
    public Map<String, Object> decide(@AuthenticationPrincipal Caller caller, @PathVariable String approvalId,
                                      @RequestBody(required = false) DecisionRequest request) {
        if (request == null) {
            throw new BadRequest("approved", "The body must be {\"approved\": true or false, \"reason\": \"...\"}");
        }
        String declared = request.decidedBy() == null ? null : request.decidedBy().strip();
        if (declared != null && !declared.equals(caller.principal()) && !declared.equalsIgnoreCase(caller.name())) {
            throw new BadRequest("decidedBy", "Field 'decidedBy' cannot name someone else: the decision is recorded as "
                    + caller.principal() + ", whose credentials made this request (leave the field out)");
        }
        return ApprovalJson.of(inbox.decide(caller, approvalId, request.approved(), request.reason()));
    }

    private static ApprovalOutcome outcome(String text) {
        try {
            return ApprovalOutcome.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequest("outcome", "Query parameter 'outcome' must be one of PENDING, APPROVED, REJECTED, EXPIRED");
        }
    }
}

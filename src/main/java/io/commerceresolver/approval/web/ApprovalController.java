package io.commerceresolver.approval.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.security.web.Caller;
import io.commerceresolver.system.BadRequest;

/** The approval inbox over HTTP: list what waits, decide it. Deciding resumes the waiting playbook in the same call. */
@RestController
public class ApprovalController {

    private final ApprovalInbox inbox;

    public ApprovalController(ApprovalInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/approvals")
    public List<Map<String, Object>> list(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
                                          @RequestParam(defaultValue = "PENDING") String outcome) {
        return inbox.withOutcome(caller.tenantId(), outcome(outcome)).stream().map(ApprovalJson::of).toList();
    }

    @GetMapping("/api/v1/approvals/{approvalId}")
    public Map<String, Object> get(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String approvalId) {
        return ApprovalJson.of(inbox.get(caller.tenantId(), approvalId));
    }

    public record DecisionRequest(Boolean approved, String decidedBy, String reason) {
    }

    @PostMapping("/api/v1/approvals/{approvalId}/decision")
    public Map<String, Object> decide(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String approvalId,
                                      @RequestBody DecisionRequest request) {
        return ApprovalJson.of(inbox.decide(caller.tenantId(), approvalId, request.approved(), request.decidedBy(), request.reason()));
    }

    private static ApprovalOutcome outcome(String text) {
        try {
            return ApprovalOutcome.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequest("outcome", "Query parameter 'outcome' must be one of PENDING, APPROVED, REJECTED");
        }
    }
}

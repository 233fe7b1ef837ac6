package io.commerceresolver.approval.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The approval inbox over HTTP: list what waits, decide it. Deciding resumes the waiting playbook in the same call. */
@RestController
public class ApprovalController {

    private static final int MAX_LIMIT = 200;
    private static final String APPROVAL_ID = "[A-Za-z0-9-]{1,36}";

    private final ApprovalInbox inbox;
    private final Decisions decisions;

    public ApprovalController(ApprovalInbox inbox, Decisions decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    /**
     * A page of the inbox, oldest first, each approval with the decision that asked for it (all looked up at once).
     * A full page ends with a {@code Link: <...>; rel="next"} header (RFC 8288) naming the next page.
     */
    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/approvals")
    public ResponseEntity<List<Map<String, Object>>> list(@AuthenticationPrincipal Caller caller,
                                                          @RequestParam(defaultValue = "PENDING") String outcome,
                                                          @RequestParam(required = false) String after,
                                                          @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit", "Query parameter 'limit' must be between 1 and " + MAX_LIMIT);
        }
        if (after != null && !after.matches(APPROVAL_ID)) {
            throw new BadRequest("after", "Query parameter 'after' must be the id of the approval that ended the previous page");
        }
        ApprovalOutcome wanted = outcome(outcome);
        List<Approval> page = inbox.withOutcome(caller.tenantId(), wanted, after, limit);
        Map<String, Decision> asked = decisions.findByIds(caller.tenantId(), page.stream().map(ApprovalController::decisionId)
                .filter(Objects::nonNull).toList());
        List<Map<String, Object>> body = page.stream().map(approval -> {
            String decisionId = decisionId(approval);
            return ApprovalJson.of(approval, decisionId == null ? null : asked.get(decisionId));
        }).toList();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.size() == limit) {
            answer.header(HttpHeaders.LINK, "</api/v1/approvals?outcome=" + wanted.name() + "&limit=" + limit + "&after="
                    + page.get(page.size() - 1).id() + ">; rel=\"next\"");
        }
        return answer.body(body);
    }

    private static String decisionId(Approval approval) {
        return approval.proposal() == null ? null : approval.proposal().decisionId();
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/approvals/{approvalId}")
    public Map<String, Object> get(@AuthenticationPrincipal Caller caller, @PathVariable String approvalId) {
        return withDecision(inbox.get(caller.tenantId(), approvalId));
    }

    /** What would be done, and the rules' reasons for asking a person first. */
    private Map<String, Object> withDecision(Approval approval) {
        String decisionId = decisionId(approval);
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

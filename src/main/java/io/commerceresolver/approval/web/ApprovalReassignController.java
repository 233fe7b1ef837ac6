package io.commerceresolver.approval.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/**
 * {@code POST /api/v1/approvals/{approvalId}/reassign} with {@code {"assignee": "username"}}: an operator hands a
 * waiting approval to a person of the tenant who holds its role. Who may decide it is still checked at decision time.
 */
@RestController
public class ApprovalReassignController {

    private final ApprovalOperations operations;

    public ApprovalReassignController(ApprovalOperations operations) {
        this.operations = operations;
    }

    public record ReassignRequest(String assignee) {
    }

    public record ReassignResult(String approvalId, String runId, String approverRole, String assignee, boolean changed) {
    }

    @PreAuthorize(Access.OPERATE_RUNS)
    @PostMapping("/api/v1/approvals/{approvalId}/reassign")
    public ReassignResult reassign(@AuthenticationPrincipal Caller caller, @PathVariable String approvalId,
                                   @RequestBody(required = false) ReassignRequest request) {
        if (request == null) {
            throw new BadRequest("assignee", "The body must be {\"assignee\": \"username\"}");
        }
        ApprovalOperations.Reassigned done = operations.reassign(caller, approvalId, request.assignee());
        return new ReassignResult(done.approval().id(), done.approval().runId(), done.approval().approverRole(), done.assignee(),
                done.changed());
    }
}

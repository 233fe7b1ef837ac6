package io.commerceresolver.approval;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/**
 * Approvals that playbooks wait for. A decision is taken once: the first person to decide wins and a second
 * attempt is a conflict. Whoever asked for the action may not approve it themselves.
 */
public class ApprovalInbox {

    private static final int MAX_REASON = 2000;

    private final Approvals approvals;
    private final PausedPlaybooks playbooks;
    private final Transactions transactions;
    private final Clock clock;

    public ApprovalInbox(Approvals approvals, PausedPlaybooks playbooks, Transactions transactions, Clock clock) {
        this.approvals = approvals;
        this.playbooks = playbooks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param processInstanceId the process instance whose task waits for the decision */
    public Approval request(String tenantId, String runId, int tier, String approverRole, String requestedBy, String summary,
                            String processInstanceId) {
        Approval approval = new Approval(Ids.newId(), tenantId, runId, tier, approverRole, requestedBy, summary, null,
                ApprovalOutcome.PENDING, null, clock.instant(), null, processInstanceId);
        approvals.insertIfAbsent(approval);
        return approvals.findByRun(tenantId, runId).orElseThrow();
    }

    public List<Approval> withOutcome(String tenantId, ApprovalOutcome outcome) {
        return approvals.findByOutcome(tenantId, outcome);
    }

    public Approval get(String tenantId, String approvalId) {
        return approvals.findById(tenantId, approvalId).orElseThrow(() -> new NotFound("approval", approvalId));
    }

    public Optional<Approval> forRun(String tenantId, String runId) {
        return approvals.findByRun(tenantId, runId);
    }

    public Approval decide(String tenantId, String approvalId, Boolean approve, String decidedBy, String reason) {
        if (approve == null) {
            throw new BadRequest("approved", "Field 'approved' is required: true to approve, false to reject");
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedBy.length() > 320) {
            throw new BadRequest("decidedBy", "Field 'decidedBy' is required: who is deciding (1 to 320 characters)");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadRequest("reason", "Field 'reason' must be at most " + MAX_REASON + " characters");
        }
        Approval approval = get(tenantId, approvalId);
        if (approval.outcome() != ApprovalOutcome.PENDING) {
            throw new Conflict("Approval " + approvalId + " was already " + approval.outcome().name().toLowerCase()
                    + " by " + approval.decidedBy());
        }
        if (decidedBy.strip().equalsIgnoreCase(approval.requestedBy())) {
            throw new BadRequest("decidedBy", "The person who asked for this action cannot approve it");
        }
        ApprovalOutcome outcome = approve ? ApprovalOutcome.APPROVED : ApprovalOutcome.REJECTED;
        // the decision and the resumed playbook commit together: if the service stops half-way, the approval is
        // still pending and its task still open, and deciding again is all it takes
        transactions.inTransaction(() -> {
            if (!approvals.decide(tenantId, approvalId, outcome, decidedBy.strip(), reason, clock.instant())) {
                throw new Conflict("Approval " + approvalId + " was decided by someone else a moment ago");
            }
            playbooks.resume(tenantId, approval.runId(), approval.processInstanceId(), approve, decidedBy.strip(), approval.approverRole());
        });
        return get(tenantId, approvalId);
    }
}

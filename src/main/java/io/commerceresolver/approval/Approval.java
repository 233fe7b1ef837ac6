package io.commerceresolver.approval;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request for a person to sign off a run's next step, and what they decided. {@code requestedBy} is who asked
 * for the action (the customer); {@code submittedBy} the principal that handed the ticket in. Neither may decide it.
 * {@code dueAt} is when it moves up a tier, or, once {@code escalatedAt} is set, when it expires. {@code proposal} is
 * what the approver is asked to allow.
 */
public record Approval(String id,
                       String tenantId,
                       String runId,
                       int tier,
                       String approverRole,
                       String requestedBy,
                       String summary,
                       String decidedBy,
                       ApprovalOutcome outcome,
                       String reason,
                       Instant requestedAt,
                       Instant decidedAt,
                       String processInstanceId,
                       String submittedBy,
                       Instant dueAt,
                       Instant escalatedAt,
                       Proposal proposal) {

    /** The write waiting for a person: the operation, the sum it moves (if any), the order, and the rules' decision. */
    public record Proposal(String operation, BigDecimal amount, String currency, String orderId, String decisionId) {
    }
}

package io.commerceresolver.approval;

import java.time.Instant;

/** A request for a person to sign off a run's next step, and what they decided. */
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
                       String processInstanceId) {
}

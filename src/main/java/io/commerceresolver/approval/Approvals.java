package io.commerceresolver.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Approvals {

    /** Stores the request unless the run already has one. */
    boolean insertIfAbsent(Approval approval);

    Optional<Approval> findById(String tenantId, String approvalId);

    Optional<Approval> findByRun(String tenantId, String runId);

    /** Oldest first: at most {@code limit}, after the approval {@code after} (null: from the first). */
    List<Approval> findByOutcome(String tenantId, ApprovalOutcome outcome, String after, int limit);

    /** Records the decision only if the approval is still pending; false if someone decided first. */
    boolean decide(String tenantId, String approvalId, ApprovalOutcome outcome, String decidedBy, String reason, Instant decidedAt);

    /** Moves a still pending approval to another tier and role with a new deadline; false if it was decided. */
    boolean escalate(String tenantId, String approvalId, int tier, String approverRole, Instant dueAt, Instant escalatedAt);
}

package io.commerceresolver.approval;

import java.util.Optional;

/** Who a waiting approval is handed to, when an operator named someone (V24); the role still decides who may decide it. */
public interface ApprovalAssignments {

    /** Hands the approval to {@code assignee} if it is still pending; false if it was decided. */
    boolean assign(String tenantId, String approvalId, String assignee);

    Optional<String> assignee(String tenantId, String approvalId);
}

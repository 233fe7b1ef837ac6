package io.commerceresolver.approval;

/** {@code EXPIRED}: nobody decided by the approval's final deadline; a person took the ticket over instead. */
public enum ApprovalOutcome { PENDING, APPROVED, REJECTED, EXPIRED }

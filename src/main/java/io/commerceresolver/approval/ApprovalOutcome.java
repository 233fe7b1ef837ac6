package io.commerceresolver.approval;

public enum ApprovalOutcome { PENDING, APPROVED, REJECTED }

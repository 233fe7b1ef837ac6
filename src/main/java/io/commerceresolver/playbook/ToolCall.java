package io.commerceresolver.playbook;

import java.time.Instant;

/** A connector call made under an idempotency key, with what was asked and what came back (JSON). */
public record ToolCall(String tenantId, String idempotencyKey, String runId, String tool, String request, String response,
                       Status status, int attempts, Instant createdAt, Instant updatedAt) {

    public enum Status { PENDING, SUCCEEDED, REJECTED, FAILED }
}

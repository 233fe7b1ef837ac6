package io.commerceresolver.playbook;

import java.time.Instant;

/**
 * A connector call made under an idempotency key, with what was asked and what came back (JSON), and the step that
 * waits for it. Recorded PENDING before the call is made; a call found PENDING is made again with the same key.
 */
public record ToolCall(String tenantId, String idempotencyKey, String runId, String tool, String step, String request,
                       String response, Status status, int attempts, String processId, String processInstanceId,
                       String workItemId, Instant createdAt, Instant updatedAt) {

    /** {@code SHADOWED}: a shadow run's call, recorded with its request and never made. */
    public enum Status { PENDING, SUCCEEDED, REJECTED, FAILED, SHADOWED }

    public StepRef waitingStep() {
        return new StepRef(processId, processInstanceId, workItemId);
    }

    public ToolCall finished(Status outcome, String answer, int attemptsMade, Instant at) {
        return new ToolCall(tenantId, idempotencyKey, runId, tool, step, request, answer, outcome, attemptsMade, processId,
                processInstanceId, workItemId, createdAt, at);
    }
}

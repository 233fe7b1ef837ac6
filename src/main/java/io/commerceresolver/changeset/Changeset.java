package io.commerceresolver.changeset;

import java.time.Instant;

/**
 * A batch of catalogue operations asked for together, decided together and (once confirmed and approved) written
 * together, with a receipt. Its operations are {@link ChangeOperation}s, kept beside it.
 *
 * @param decision       the changeset's own: the highest tier among its operations' decisions and the rules on the
 *                       batch as a whole (a write of more records than the bulk threshold), with the approver it needs
 * @param idempotencyKey the client's, if it sent one: the same request sent again is this changeset
 * @param context        the session's conversation figures, when a voice front end sent them
 */
public record Changeset(String id, String tenantId, String requestedBy, String note, String idempotencyKey, ChangesetStatus status,
                        OperationDecision decision, int operationCount, int refusedCount, Conversation context, String runId,
                        String rollbackOf, Instant createdAt, Instant updatedAt) {
}

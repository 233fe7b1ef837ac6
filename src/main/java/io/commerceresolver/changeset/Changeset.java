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
 * @param runId          the run of processes/changeset.bpmn that carries it out, once confirmed
 * @param rollbackOf     the changeset this one undoes, if it is a rollback
 * @param confirmation   who confirmed it and when; null while it waits for that
 * @param progress       how many of its operations were written, refused by the store, skipped, read back
 * @param outcome        why it ended as it did, when that is not as asked (null otherwise)
 * @param receiptId      its receipt, once sealed
 */
public record Changeset(String id, String tenantId, String requestedBy, String note, String idempotencyKey, ChangesetStatus status,
                        OperationDecision decision, int operationCount, int refusedCount, Conversation context, String runId,
                        String rollbackOf, Instant createdAt, Instant updatedAt, Confirmation confirmation, Progress progress,
                        String outcome, String receiptId) {

    public record Confirmation(String by, Instant at) {
    }

    /** Counts of its operations by what became of them; all 0 before the writer starts. */
    public record Progress(int written, int failed, int skipped, int verified, int notShown) {

        public static final Progress NONE = new Progress(0, 0, 0, 0, 0);
    }

    /** A changeset as built: nothing confirmed, written or sealed yet. */
    public Changeset(String id, String tenantId, String requestedBy, String note, String idempotencyKey, ChangesetStatus status,
                     OperationDecision decision, int operationCount, int refusedCount, Conversation context, String runId,
                     String rollbackOf, Instant createdAt, Instant updatedAt) {
        this(id, tenantId, requestedBy, note, idempotencyKey, status, decision, operationCount, refusedCount, context, runId, rollbackOf,
                createdAt, updatedAt, null, Progress.NONE, null, null);
    }

    /** The operations the writer is to make: those built and allowed. */
    public int toWrite() {
        return operationCount - refusedCount;
    }
}

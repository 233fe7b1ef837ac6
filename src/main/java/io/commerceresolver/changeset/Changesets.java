package io.commerceresolver.changeset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.playbook.StepRef;

/** Where changesets and their operations are kept. Every read names the tenant; every method works in the caller's transaction. */
public interface Changesets {

    /**
     * Keeps a changeset and its operations in one transaction.
     *
     * @return false if the tenant already has a changeset with the same idempotency key (nothing is kept)
     */
    boolean add(Changeset changeset, List<ChangeOperation> operations);

    Optional<Changeset> find(String tenantId, String id);

    /** The changeset, its row locked until the caller's transaction ends. */
    Optional<Changeset> lock(String tenantId, String id);

    Optional<Changeset> findByIdempotencyKey(String tenantId, String idempotencyKey);

    /** Operations in order, after the one numbered {@code afterSeq} (0 for the first), at most {@code limit}. */
    List<ChangeOperation> operations(String tenantId, String changesetId, int afterSeq, int limit);

    /** The same, only those in {@code status}. */
    List<ChangeOperation> operations(String tenantId, String changesetId, ChangeOperation.Status status, int afterSeq, int limit);

    /** Written operations not read back yet, in order, after the one numbered {@code afterSeq}, at most {@code limit}. */
    List<ChangeOperation> unread(String tenantId, String changesetId, int afterSeq, int limit);

    /** A BUILT changeset becomes CONFIRMED; false if it was not BUILT (any more). */
    boolean confirm(String tenantId, String id, Changeset.Confirmation confirmation);

    /** The run that carries it out. */
    void attachRun(String tenantId, String id, String runId);

    Optional<Changeset> findByRun(String tenantId, String runId);

    /** Moves it on, with why (null when all went as asked); false if it was not {@code from} (any more). */
    boolean moveTo(String tenantId, String id, ChangesetStatus from, ChangesetStatus to, String outcome, Instant at);

    /** The process step that waits for {@code phase} (the writer, the read-back, the seal). */
    void waitIn(String tenantId, String id, String phase, StepRef step);

    /** The step waiting for {@code phase}; empty when the process waits for another phase (or none). */
    Optional<StepRef> waitingStep(String tenantId, String id, String phase);

    /**
     * Records what became of operations (status and the store's answer, or what a read-back showed), each only if it
     * still is {@code expected}: a late job's record never overwrites a newer one.
     */
    void recordOutcomes(String tenantId, String changesetId, List<ChangeOperation> operations, ChangeOperation.Status expected);

    /** Operations still PROPOSED become SKIPPED; how many did. */
    int skipRest(String tenantId, String changesetId);

    /** Counts its operations by what became of them, and keeps the counts on the changeset. */
    Changeset.Progress countProgress(String tenantId, String changesetId, Instant at);

    void sealed(String tenantId, String id, String receiptId);
}

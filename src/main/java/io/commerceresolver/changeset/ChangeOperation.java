package io.commerceresolver.changeset;

import java.time.Instant;
import java.util.List;

/**
 * One operation of a changeset as built: what was asked, the product as the store showed it and as it is to show it
 * after, what undoes it, and the rules' decision on it. An operation the store cannot take as asked (no such SKU, a
 * price of nothing) or the rules do not allow is refused and never written; the rest of the changeset goes on.
 * Once written, it keeps the store's answer and what the product showed when read back.
 *
 * @param before   null when the store has no such product
 * @param after    null when refused for a problem
 * @param rollback null when there is nothing to go back to
 * @param decision null when refused before the rules were asked (a problem)
 * @param written  null until the writer has been at it
 */
public record ChangeOperation(int seq, OperationSpec asked, ProductState before, ProductState after, OperationSpec rollback,
                              List<String> problems, OperationDecision decision, Status status, Written written) {

    public enum Status {
        /** Built and allowed: it waits for the changeset's confirmation and approvals, then for the writer. */
        PROPOSED,
        /** Not to be written: a problem with what was asked, or the rules do not allow it. */
        REFUSED,
        /** The store took it. */
        WRITTEN,
        /** The store refused it, or showed something else than it was built on: the writer stopped here. */
        FAILED,
        /** Not written because the writer stopped before it (an earlier one failed, or the run was stopped). */
        SKIPPED
    }

    /**
     * What became of it: the store's answer (or why not), when, and, once read back, what the product showed and
     * whether that is what the operation was to make (null until read back).
     */
    public record Written(String result, Instant at, ProductState shown, Boolean verified) {
    }

    public ChangeOperation {
        problems = List.copyOf(problems);
    }

    public ChangeOperation(int seq, OperationSpec asked, ProductState before, ProductState after, OperationSpec rollback,
                           List<String> problems, OperationDecision decision, Status status) {
        this(seq, asked, before, after, rollback, problems, decision, status, null);
    }

    public int tier() {
        return decision == null ? 0 : decision.tier();
    }
}

package io.commerceresolver.changeset;

import java.util.List;

/**
 * One operation of a changeset as built: what was asked, the product as the store showed it and as it is to show it
 * after, what undoes it, and the rules' decision on it. An operation the store cannot take as asked (no such SKU, a
 * price of nothing) or the rules do not allow is refused and never written; the rest of the changeset goes on.
 *
 * @param before   null when the store has no such product
 * @param after    null when refused for a problem
 * @param rollback null when there is nothing to go back to
 * @param decision null when refused before the rules were asked (a problem)
 */
public record ChangeOperation(int seq, OperationSpec asked, ProductState before, ProductState after, OperationSpec rollback,
                              List<String> problems, OperationDecision decision, Status status) {

    public enum Status {
        /** Built and allowed: it waits for the changeset's confirmation and approvals. */
        PROPOSED,
        /** Not to be written: a problem with what was asked, or the rules do not allow it. */
        REFUSED
    }

    public ChangeOperation {
        problems = List.copyOf(problems);
    }

    public int tier() {
        return decision == null ? 0 : decision.tier();
    }
}

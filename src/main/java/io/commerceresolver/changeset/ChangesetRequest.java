package io.commerceresolver.changeset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.commerceresolver.system.BadRequest;

/**
 * What a person asks of their catalogue in one go: the operations, in the order they are to be made, a note for the
 * approvers, and the session's conversation figures if a voice front end sent them (null otherwise).
 */
public record ChangesetRequest(List<OperationSpec> operations, String note, Conversation context) {

    /** The most operations one changeset holds; a larger batch is several changesets. */
    public static final int MOST_OPERATIONS = 10_000;
    public static final int MAX_NOTE = 2000;

    public ChangesetRequest {
        if (operations == null || operations.isEmpty()) {
            throw new BadRequest("operations", "Field 'operations' must list at least one operation");
        }
        if (operations.size() > MOST_OPERATIONS) {
            throw new BadRequest("operations", "A changeset holds at most " + MOST_OPERATIONS + " operations, not " + operations.size()
                    + "; send the rest as another changeset");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequest("note", "Field 'note' must be at most " + MAX_NOTE + " characters");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            OperationSpec operation = operations.get(i);
            if (!seen.add(operation.kind() + " " + operation.sku())) {
                throw new BadRequest("operations[" + i + "]", "SKU " + operation.sku() + " has a second " + operation.kind().code()
                        + " operation; a changeset changes each thing of a product once");
            }
        }
        operations = List.copyOf(operations);
    }
}

package io.commerceresolver.changeset;

/** Where a changeset stands. */
public enum ChangesetStatus {
    /** Built and decided, nothing written: it waits for the requester to confirm it. */
    BUILT,
    /** Every operation was refused: there is nothing to confirm. */
    REFUSED
}

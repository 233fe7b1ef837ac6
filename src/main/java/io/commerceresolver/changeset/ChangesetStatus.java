package io.commerceresolver.changeset;

/** Where a changeset stands: built, confirmed and waiting for its approvals, being written, and how that ended. */
public enum ChangesetStatus {
    /** Built and decided, nothing written: it waits for the requester to confirm it. */
    BUILT,
    /** Every operation was refused: there is nothing to confirm. */
    REFUSED,
    /** Confirmed: its run waits for the approvals its tier needs (or goes straight on when the rules need none). */
    CONFIRMED,
    /** Approved: the writer is making its operations, one after another (see the counts). */
    WRITING,
    /** Every allowed operation was written and every changed product, read back, shows what it was to show. */
    VERIFIED,
    /** Every allowed operation was written, and some product, read back, does not show it. */
    NOT_SHOWN,
    /** The writer stopped at an operation the store refused (or found changed since): the rest were not written. */
    PARTIAL,
    /** Not approved: the rules, an approver, or a deadline said no. Nothing was written. */
    DECLINED,
    /** An operator stopped its run; what was written before is kept in its receipt. */
    CANCELLED,
    /** Its run failed on every attempt; what was written before is kept in its receipt. */
    FAILED;

    /** Whether it has ended, written or not. */
    public boolean isFinal() {
        return this != BUILT && this != CONFIRMED && this != WRITING;
    }

    /** Whether anything may have been written: its rollback is worth asking for. */
    public boolean wroteSomething() {
        return this == VERIFIED || this == NOT_SHOWN || this == PARTIAL || this == CANCELLED || this == FAILED;
    }
}

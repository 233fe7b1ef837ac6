package io.commerceresolver.ticket;

/** Where a ticket stands, from the customer's point of view. */
public enum TicketStatus {
    /** Stored; not yet read. */
    RECEIVED,
    /** A playbook is working on it. */
    IN_PROGRESS,
    /** A playbook waits for a person to approve its next step. */
    WAITING_APPROVAL,
    /** The playbook did what was asked and checked it. */
    RESOLVED,
    /** The policy or an approver said no; the customer was told. */
    DECLINED,
    /** No playbook may act on it: a person has to. */
    NEEDS_HUMAN,
    /** A step failed in a way the playbook could not recover from. */
    FAILED,
    /** The tenant's shadow mode: the playbook decided and planned what it would do, and changed nothing. */
    SHADOWED
}

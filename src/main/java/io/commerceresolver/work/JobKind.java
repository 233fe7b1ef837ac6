package io.commerceresolver.work;

/** What a job asks for; each kind has one handler. */
public enum JobKind {
    /** Read a stored ticket, let the rules triage it and start its playbook: {@code ref} is the ticket id. */
    READ_TICKET,
    /** Make one playbook step's tool call and move its process on: {@code ref} is the call's idempotency key. */
    RUN_STEP,
    /** Wake a process whose BPMN timer is due (an approval's deadline): {@code ref} is the timer's id. */
    FIRE_TIMER,
    /** Apply a stored marketplace event to the tenant's view of its store: {@code ref} is the event's id. */
    APPLY_STORE_EVENT,
    /** Run the policy features against the tenant's live rule set and keep the result for the manual: {@code ref} is the version. */
    CHECK_FEATURES,
    /** Carry a confirmed changeset one phase on (write its operations, read them back, seal its receipt): {@code ref} is changesetId:phase. */
    CHANGESET_STEP,
    /** Seal a finished run or changeset in the tenant's receipt chain: {@code ref} is {@code kind:subjectId} (run:..., changeset:...). */
    SEAL_RECEIPT
}

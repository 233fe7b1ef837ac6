package io.commerceresolver.playbook;

public enum RunStatus {
    RUNNING, WAITING_APPROVAL,
    /** A store it needs is failing or refusing calls for now; the run goes on by itself when the store is back. */
    PARKED,
    COMPLETED, DECLINED,
    /** The rules or the store would not let the playbook finish: a person takes it from here, with the reasons. */
    HANDED_OVER,
    FAILED,
    /** A shadow run (the tenant's shadow mode, or a replay) ended: it decided and planned, and wrote nothing. */
    SHADOWED,
    /** An operator stopped it (console or API): its process is aborted and a person takes the ticket from here. */
    CANCELLED;

    public boolean isFinal() {
        return this != RUNNING && this != WAITING_APPROVAL && this != PARKED;
    }
}

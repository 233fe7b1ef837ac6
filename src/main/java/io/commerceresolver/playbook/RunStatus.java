package io.commerceresolver.playbook;

public enum RunStatus {
    RUNNING, WAITING_APPROVAL, COMPLETED, DECLINED,
    /** The rules would not let the playbook act, and nobody was told anything: a person takes it from here. */
    HANDED_OVER,
    FAILED;

    public boolean isFinal() {
        return this != RUNNING && this != WAITING_APPROVAL;
    }
}

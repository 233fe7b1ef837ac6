package io.commerceresolver.playbook;

public enum RunStatus {
    RUNNING, WAITING_APPROVAL, COMPLETED, DECLINED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == DECLINED || this == FAILED;
    }
}

package io.commerceresolver.approval;

/** The playbook waiting on an approval; told the decision, it goes on from where it paused. */
public interface PausedPlaybooks {

    void resume(String tenantId, String runId, boolean approved, String decidedBy, String approverRole);
}

package io.commerceresolver.approval;

/** The playbook waiting on an approval; told the decision, it goes on from where it paused. */
public interface PausedPlaybooks {

    /** @param processInstanceId the instance that holds the approval's task (see {@link Approval#processInstanceId()}) */
    void resume(String tenantId, String runId, String processInstanceId, boolean approved, String decidedBy, String approverRole);
}

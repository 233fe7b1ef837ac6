package io.commerceresolver.approval;

import java.util.Set;

/** The playbook waiting on an approval; told the decision, it goes on from where it paused. */
public interface PausedPlaybooks {

    /**
     * @param processInstanceId the instance that holds the approval's task (see {@link Approval#processInstanceId()})
     * @param deciderRoles the decider's own roles: the task opens only to one of them
     */
    void resume(String tenantId, String runId, String processInstanceId, boolean approved, String decidedBy, Set<String> deciderRoles);
}

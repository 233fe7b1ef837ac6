package io.commerceresolver.approval;

import java.util.Set;

/** The playbook waiting on an approval; told the decision, it goes on from where it paused. */
public interface PausedPlaybooks {

    /**
     * Locks the paused run until the caller's transaction ends. Whatever changes a run takes its lock first (an
     * operator's cancel, a worker recording a store's answer, a deadline): a decision does too, before it touches the
     * approval, so that a decision and a cancel queue up behind each other rather than deadlock.
     */
    void lockRun(String tenantId, String runId);

    /**
     * @param processInstanceId the instance that holds the approval's task (see {@link Approval#processInstanceId()})
     * @param deciderRoles the decider's own roles: the task opens only to one of them
     */
    void resume(String tenantId, String runId, String processInstanceId, boolean approved, String decidedBy, Set<String> deciderRoles);
}

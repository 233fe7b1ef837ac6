package io.commerceresolver.playbook;

import java.util.Map;

/**
 * The process engine as the runtime sees it. Every call works in the caller's transaction and returns when the
 * process waits again (for a tool call, a person) or has ended; it never makes a remote call itself.
 */
public interface ProcessEngine {

    boolean isDeployed(String playbook);

    /** Starts the playbook's process for the run; returns its instance id. */
    String start(String playbook, Map<String, Object> variables);

    /** Hands a waiting step its outputs, and lets the process run on. */
    void completeStep(StepRef step, Map<String, Object> outputs);

    /**
     * Aborts the run's process instance, and the approval subprocess it waits in if {@code subprocessInstanceId} is
     * given; an instance that is gone already is left as it is.
     */
    void abort(String playbook, String processInstanceId, String subprocessInstanceId);
}

package io.commerceresolver.playbook;

import java.util.Map;
import java.util.function.Consumer;

/** The process engine as the application sees it: start a deployed playbook, say how it stands. */
public interface PlaybookLauncher {

    boolean isDeployed(String playbook);

    /** Whether the instance is kept by the engine: it is while it waits, and stops being once it has ended. */
    boolean isKept(String playbook, String processInstanceId);

    /**
     * Starts the playbook, which runs until it waits (for an approval) or ends.
     *
     * @param onCreated told the process instance id before the first step runs, so the run can be found by it
     */
    Launch start(String playbook, Map<String, Object> variables, Consumer<String> onCreated);

    enum State { ACTIVE, COMPLETED, ABORTED, ERROR }

    record Launch(String processInstanceId, State state, String error) {
    }
}

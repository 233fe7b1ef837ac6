package io.commerceresolver.playbook;

import java.util.Map;
import java.util.function.Consumer;

/** The process engine as the application sees it: start a deployed playbook, say how it stands. */
public interface PlaybookLauncher {

    boolean isDeployed(String playbook);

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

package io.commerceresolver.playbook;

import java.time.Instant;
import java.util.List;

/** The trail of BPMN nodes each run's process passed through, written as the process moves (in its transaction). */
public interface RunNodes {

    void entered(String tenantId, String runId, String processId, String nodeId, String nodeInstanceId, String nodeName, Instant at);

    void left(String tenantId, String nodeInstanceId, Instant at);

    /** In the order they were entered. */
    List<RunNode> forRun(String tenantId, String runId);
}

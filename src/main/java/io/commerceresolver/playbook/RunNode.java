package io.commerceresolver.playbook;

import java.time.Instant;

/**
 * A node of its BPMN that a run's process entered (the approval subprocess's nodes carry its process id): {@code leftAt}
 * is null while the process waits there, or for an end event. {@code nodeId} is the BPMN element's id.
 */
public record RunNode(String processId, String nodeId, String nodeName, Instant enteredAt, Instant leftAt) {
}

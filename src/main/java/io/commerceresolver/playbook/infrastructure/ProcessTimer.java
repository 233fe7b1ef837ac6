package io.commerceresolver.playbook.infrastructure;

import java.time.Instant;

/**
 * A BPMN timer as Kogito asked for it, kept in the database: which process instance (and, for a subprocess, which
 * root) to wake and with which timer, when. {@code repeatsLeft} is null for a timer that fires once.
 */
record ProcessTimer(String id, String tenantId, String processId, String processInstanceId, String rootProcessId,
                    String rootProcessInstanceId, String nodeInstanceId, String timerId, Instant fireAt, Long repeatIntervalMs,
                    Integer repeatsLeft, Instant createdAt) {

    boolean repeats() {
        return repeatIntervalMs != null && repeatIntervalMs > 0 && (repeatsLeft == null || repeatsLeft > 1);
    }

    ProcessTimer next() {
        return new ProcessTimer(id, tenantId, processId, processInstanceId, rootProcessId, rootProcessInstanceId, nodeInstanceId,
                timerId, fireAt.plusMillis(repeatIntervalMs), repeatIntervalMs, repeatsLeft == null ? null : repeatsLeft - 1, createdAt);
    }
}

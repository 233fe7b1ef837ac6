package io.commerceresolver.playbook;

import java.util.List;
import java.util.Optional;

public interface ToolCalls {

    Optional<ToolCall> find(String tenantId, String idempotencyKey);

    /** Records the call unless its key is taken; false if it was. */
    boolean insertIfAbsent(ToolCall call);

    void update(ToolCall call);

    /** The run's calls in the order they were made. */
    List<ToolCall> forRun(String tenantId, String runId);
}

package io.commerceresolver.playbook;

import java.util.Optional;

public interface ToolCalls {

    Optional<ToolCall> find(String tenantId, String idempotencyKey);

    void insert(ToolCall call);

    void update(ToolCall call);
}

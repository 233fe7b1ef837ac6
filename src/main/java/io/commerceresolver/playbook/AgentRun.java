package io.commerceresolver.playbook;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One execution of a playbook for one ticket. {@code result} gathers what each step found or did. */
public record AgentRun(String id,
                       String tenantId,
                       String ticketId,
                       String processInstanceId,
                       String playbook,
                       RunStatus status,
                       int tier,
                       String decisionId,
                       RunPlan plan,
                       Map<String, Object> result,
                       Instant startedAt,
                       Instant endedAt) {

    public AgentRun {
        // a step may record that something is absent (null), which Map.copyOf would refuse
        result = result == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }

    public Object resultValue(String key) {
        return result.get(key);
    }

    public AgentRun withResult(String key, Object value) {
        Map<String, Object> merged = new LinkedHashMap<>(result);
        merged.put(key, value);
        return new AgentRun(id, tenantId, ticketId, processInstanceId, playbook, status, tier, decisionId, plan, merged,
                startedAt, endedAt);
    }
}

package io.commerceresolver.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.system.StoredJson;

/**
 * The only way a playbook touches a platform. Each call is checked against the run's plan, made under an
 * idempotency key (run and tool), and logged before and after. A step that runs again — after a crash, or a
 * retried approval — gets the stored result back and the platform is not called twice.
 */
public class ToolExecutor {

    private final ToolCalls calls;
    private final EventLog events;
    private final StoredJson json;
    private final Clock clock;

    public ToolExecutor(ToolCalls calls, EventLog events, StoredJson json, Clock clock) {
        this.calls = calls;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action performs the call with the idempotency key it is given; the connector must honour the key too,
     *               so that a call whose outcome we failed to record is still made only once
     */
    public <T> T call(AgentRun run, String step, String tool, Object request, Class<T> responseType, Function<String, T> action) {
        if (!run.plan().tools().contains(tool)) {
            events.runEvent(run, "note", step, Map.of("refused", tool, "why", "not in the run's plan"));
            throw new ToolNotPermitted("Tool '" + tool + "' is not in the plan of run " + run.id() + " (" + run.playbook() + ")");
        }
        String key = key(run, step, tool);
        ToolCall previous = calls.find(run.tenantId(), key).orElse(null);
        if (previous != null && previous.status() == ToolCall.Status.SUCCEEDED) {
            events.runEvent(run, "tool_result", step, payload(tool, key, "replayed", previous.response()));
            return json.read(previous.response(), responseType);
        }
        Instant now = clock.instant();
        String requestJson = json.write(request);
        ToolCall pending = previous == null
                ? new ToolCall(run.tenantId(), key, run.id(), tool, requestJson, null, ToolCall.Status.PENDING, 1, now, now)
                : new ToolCall(run.tenantId(), key, run.id(), tool, requestJson, null, ToolCall.Status.PENDING,
                        previous.attempts() + 1, previous.createdAt(), now);
        if (previous == null) {
            calls.insert(pending);
        } else {
            calls.update(pending);
        }
        events.runEvent(run, "tool_call", step, payload(tool, key, "request", requestJson));
        try {
            T response = action.apply(key);
            String responseJson = json.write(response);
            calls.update(finished(pending, ToolCall.Status.SUCCEEDED, responseJson));
            events.runEvent(run, "tool_result", step, payload(tool, key, "response", responseJson));
            return response;
        } catch (ConnectorRejection rejection) {
            String why = json.write(Map.of("code", rejection.code(), "message", rejection.getMessage()));
            calls.update(finished(pending, ToolCall.Status.REJECTED, why));
            events.runEvent(run, "tool_result", step, payload(tool, key, "rejected", why));
            throw rejection;
        } catch (RuntimeException failure) {
            String why = json.write(Map.of("error", String.valueOf(failure.getMessage())));
            calls.update(finished(pending, ToolCall.Status.FAILED, why));
            events.runEvent(run, "tool_result", step, payload(tool, key, "failed", why));
            throw failure;
        }
    }

    /** What an earlier step got back from a tool, without calling it again. */
    public <T> Optional<T> previousResult(AgentRun run, String step, String tool, Class<T> responseType) {
        return calls.find(run.tenantId(), key(run, step, tool))
                .filter(call -> call.status() == ToolCall.Status.SUCCEEDED)
                .map(call -> json.read(call.response(), responseType));
    }

    /** One key per run, step and tool: a step that runs again reuses it, two steps using one tool do not collide. */
    private static String key(AgentRun run, String step, String tool) {
        return run.id() + ":" + step + ":" + tool;
    }

    private ToolCall finished(ToolCall pending, ToolCall.Status status, String response) {
        return new ToolCall(pending.tenantId(), pending.idempotencyKey(), pending.runId(), pending.tool(), pending.request(),
                response, status, pending.attempts(), pending.createdAt(), clock.instant());
    }

    private Map<String, Object> payload(String tool, String key, String kind, String body) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tool", tool);
        payload.put("idempotencyKey", key);
        payload.put(kind, readTree(body));
        return payload;
    }
    /** Tool payloads are shown as JSON in events, not as strings of JSON. */
    private Object readTree(String body) {
        return json.read(body, Object.class);
    }
}

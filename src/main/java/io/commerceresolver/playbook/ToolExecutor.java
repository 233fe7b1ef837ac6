package io.commerceresolver.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The only way a playbook reaches a store, and the first of a step's three moves. When a process arrives at a tool
 * step, this checks the call against the playbook's tools and asks the rules about this very call (under the
 * order's lock for a write, so the guards see every write recorded before it), then records the call PENDING under
 * its idempotency key and queues it, all in the step's own short transaction. The call itself is made later, by
 * {@link ToolCallJobs}, outside any transaction.
 */
public class ToolExecutor {

    /** What a tool step tells its process: the call was made, or why not. */
    public static final String DONE = "done";
    public static final String REJECTED = "rejected";
    public static final String DENIED = "denied";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    private final Playbooks playbooks;
    private final Tools tools;
    private final ToolCalls calls;
    private final OrderLocks orderLocks;
    private final RunPolicy policy;
    private final MessageTemplates templates;
    private final WorkQueue work;
    private final Runs runs;
    private final EventLog events;
    private final StoredJson json;
    private final Clock clock;

    public ToolExecutor(Playbooks playbooks, Tools tools, ToolCalls calls, OrderLocks orderLocks, RunPolicy policy,
                        MessageTemplates templates, WorkQueue work, Runs runs, EventLog events, StoredJson json, Clock clock) {
        this.playbooks = playbooks;
        this.tools = tools;
        this.calls = calls;
        this.orderLocks = orderLocks;
        this.policy = policy;
        this.templates = templates;
        this.work = work;
        this.runs = runs;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Begins the tool step {@code step} of the run: returns the step's outcome when it ends at once (denied,
     * skipped, or answered before), or null when the call is queued and the step waits for it.
     */
    public String begin(RunContext run, String step, String toolName, String template, StepRef waiting) {
        AgentRun agentRun = run.run();
        String key = agentRun.id() + ":" + step + ":" + toolName;
        ToolCall earlier = calls.find(agentRun.tenantId(), key).orElse(null);
        if (earlier != null) {
            return resumed(earlier, waiting);
        }
        if (!playbooks.declaration(agentRun.playbook()).tools().contains(toolName)) {
            return denied(run, step, List.of("Tool '" + toolName + "' is not one of the " + agentRun.playbook() + " playbook's tools"));
        }
        Tool<?, ?> tool = tools.named(toolName).orElse(null);
        if (tool == null) {
            return denied(run, step, List.of("There is no tool '" + toolName + "'"));
        }
        String nothingToDo = tool.nothingToDo(run);
        if (nothingToDo != null) {
            events.runEvent(agentRun, "note", step, Map.of("skipped", toolName, "why", nothingToDo));
            return SKIPPED;
        }
        Tool.Message message = template == null ? null : templates.render(template, "en", MessageModel.of(run));
        return queue(run, step, key, tool, message, waiting);
    }

    private <Q> String queue(RunContext run, String step, String key, Tool<Q, ?> tool, Tool.Message message, StepRef waiting) {
        AgentRun agentRun = run.run();
        Q request = tool.request(run, message);
        if (OperationClass.of(tool.name()).filter(c -> c == OperationClass.WRITE || c == OperationClass.BULK).isPresent()) {
            // held to the commit: the next writer to this order (or product) decides with this call already in the ledger
            orderLocks.lock(agentRun.tenantId(), run.plan().lockKey());
        }
        Decision decision = policy.decide(run, step, tool.name(), tool.proposal(request));
        if (!decision.allowed()) {
            return denied(run, step, decision.reasons());
        }
        if (decision.approvalRequired() && !run.state().hasAuthorisation()) {
            return denied(run, step, List.of("The rules ask for an approval of '" + tool.name() + "' that this run does not have"));
        }
        Instant now = clock.instant();
        String requestJson = json.write(request);
        // a shadow run reads the store as it is, and records its writes (to the store and to the customer) unmade
        boolean shadowed = run.state().isShadow() && OperationClass.of(tool.name()).filter(c -> c == OperationClass.READ).isEmpty();
        ToolCall.Status status = shadowed ? ToolCall.Status.SHADOWED : ToolCall.Status.PENDING;
        calls.insertIfAbsent(new ToolCall(agentRun.tenantId(), key, agentRun.id(), tool.name(), step, requestJson, null,
                status, 0, waiting.processId(), waiting.processInstanceId(), waiting.workItemId(), now, now));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tool", tool.name());
        payload.put("idempotencyKey", key);
        payload.put("request", json.read(requestJson, Object.class));
        payload.put("decisionId", decision.id());
        if (shadowed) {
            payload.put("shadow", "not made: the run is in shadow mode");
            events.runEvent(agentRun, "tool_call", step, payload);
            return DONE;
        }
        events.runEvent(agentRun, "tool_call", step, payload);
        work.enqueue(agentRun.tenantId(), JobKind.RUN_STEP, key);
        return null;
    }

    /**
     * Sends a write the store answered but does not show once more, under its own idempotency key: a store that did
     * it answers with the first result; one that dropped it does it now. A playbook with several writes names a repair
     * for each: only those the last check found not shown are sent ({@link #SKIPPED} for the others). Returns null while
     * the call is queued, or {@link #FAILED} when the run never made that call.
     */
    public String resend(RunContext run, String step, String toolName, StepRef waiting) {
        RunState.Verification found = run.state().getVerification();
        if (found != null && found.notShown() != null && !found.notShown().contains(toolName)) {
            events.runEvent(run.run(), "note", step, Map.of("skipped", "repair of " + toolName, "why", "the store shows it"));
            return SKIPPED;
        }
        String key = run.run().id() + ":" + step + ":" + toolName;
        ToolCall earlier = calls.find(run.run().tenantId(), key).orElse(null);
        if (earlier == null || earlier.status() == ToolCall.Status.SHADOWED) {
            return FAILED;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tool", toolName);
        payload.put("idempotencyKey", key);
        payload.put("why", "the store answered the call but does not show its effect; sent once more under the same key");
        events.runEvent(run.run(), "repair", step, payload);
        return requeue(earlier, waiting);
    }

    /** A step that runs again (its process was restored from before the call) gets the recorded call's outcome. */
    private String resumed(ToolCall earlier, StepRef waiting) {
        return switch (earlier.status()) {
            case SUCCEEDED, SHADOWED -> DONE;
            case REJECTED -> REJECTED;
            case FAILED -> FAILED;
            case PENDING -> requeue(earlier, waiting);
        };
    }

    /** Makes the recorded call again, for the step now waiting on it. */
    private String requeue(ToolCall earlier, StepRef waiting) {
        calls.update(new ToolCall(earlier.tenantId(), earlier.idempotencyKey(), earlier.runId(), earlier.tool(), earlier.step(),
                earlier.request(), null, ToolCall.Status.PENDING, earlier.attempts(), waiting.processId(),
                waiting.processInstanceId(), waiting.workItemId(), earlier.createdAt(), clock.instant()));
        work.enqueue(earlier.tenantId(), JobKind.RUN_STEP, earlier.idempotencyKey());
        return null;
    }

    private String denied(RunContext run, String step, List<String> reasons) {
        run.state().addReasons(reasons);
        runs.saveState(run.run(), run.state());
        events.runEvent(run.run(), "note", step, Map.of("refused", step, "why", reasons));
        return DENIED;
    }
}

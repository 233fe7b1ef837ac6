package io.commerceresolver.playbook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorFailure;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorUnavailable;
import io.commerceresolver.playbook.tools.GetOrder;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The second and third moves of a tool step. The call recorded PENDING is made outside any transaction, with
 * retries and a circuit per tenant and capability (orders, payments, shipping, ...); then one short transaction
 * records its answer, folds it into the run's state and lets the process run on to its next wait. A store that is down parks the run until it is back.
 * A crash between the call and the record leaves the call PENDING: it is made again with the same idempotency
 * key, and the store answers with the first result instead of acting twice.
 */
public class ToolCallJobs implements JobHandler {


    private final ToolCalls calls;
    private final Tools tools;
    private final CommerceConnector store;
    private final ConnectorCalls connectorCalls;
    private final PlaybookRuns runs;
    private final ProcessEngine engine;
    private final WorkQueue work;
    private final EventLog events;
    private final StoredJson json;
    private final Transactions transactions;
    private final PlaybookMetrics metrics;
    private final Clock clock;

    public ToolCallJobs(ToolCalls calls, Tools tools, CommerceConnector store, ConnectorCalls connectorCalls, PlaybookRuns runs,
                        ProcessEngine engine, WorkQueue work, EventLog events, StoredJson json, Transactions transactions,
                        PlaybookMetrics metrics, Clock clock) {
        this.calls = calls;
        this.tools = tools;
        this.store = store;
        this.connectorCalls = connectorCalls;
        this.runs = runs;
        this.engine = engine;
        this.work = work;
        this.events = events;
        this.json = json;
        this.transactions = transactions;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.RUN_STEP;
    }

    @Override
    public void handle(Job job) {
        ToolCall call = calls.find(job.tenantId(), job.ref()).orElse(null);
        if (call == null || call.status() != ToolCall.Status.PENDING) {
            transactions.inTransaction(() -> work.done(job));
            return;
        }
        carryOut(job, call, tools.named(call.tool()).orElseThrow(() -> new IllegalStateException("No tool '" + call.tool() + "'")));
    }

    private <Q, R> void carryOut(Job job, ToolCall call, Tool<Q, R> tool) {
        AgentRun run = runs.get(call.tenantId(), call.runId());
        Q request = json.read(call.request(), tool.requestType());
        int attempts = call.attempts() + 1;
        R response;
        try {
            response = connectorCalls.call(call.tenantId(), tool.capability().key(),
                    () -> tool.call(store, call.tenantId(), request, call.idempotencyKey()),
                    (attempt, kind, message, wait) -> events.runEvent(run, "tool_retry", call.step(), retryPayload(call, attempt, kind,
                            message, wait.toMillis())));
        } catch (ConnectorUnavailable unavailable) {
            park(job, call, run, attempts, unavailable);
            return;
        } catch (ConnectorRejection rejection) {
            finish(job, call, run, ToolCall.Status.REJECTED, attempts, Map.of("code", rejection.code(), "message", rejection.getMessage()),
                    ToolExecutor.REJECTED, state -> rejected(state, call, rejection.getMessage()));
            return;
        } catch (ConnectorFailure failure) {
            // credentials refused: no retry helps, so a person has to look
            finish(job, call, run, ToolCall.Status.FAILED, attempts, Map.of("kind", failure.kind().name(), "message",
                    String.valueOf(failure.getMessage())), ToolExecutor.FAILED, state -> rejected(state, call, failure.getMessage()));
            return;
        }
        R answer = response;
        finish(job, call, run, ToolCall.Status.SUCCEEDED, attempts, answer, ToolExecutor.DONE,
                state -> tool.record(state, call.step(), answer));
    }

    private void finish(Job job, ToolCall call, AgentRun run, ToolCall.Status status, int attempts, Object answer, String outcome,
                        java.util.function.Consumer<RunState> fold) {
        String answerJson = json.write(answer);
        transactions.inTransaction(() -> {
            // first: an operator's cancel takes the same lock (RunOperations), so one of the two sees the other's outcome
            AgentRun current = runs.lock(run.tenantId(), run.id());
            calls.update(call.finished(status, answerJson, attempts, clock.instant()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("tool", call.tool());
            payload.put("idempotencyKey", call.idempotencyKey());
            payload.put(status == ToolCall.Status.SUCCEEDED ? "response" : status.name().toLowerCase(), json.read(answerJson, Object.class));
            payload.put("attempts", attempts);
            events.runEvent(run, "tool_result", call.step(), payload);
            metrics.toolCallFinished(run, call.tool(), connectorOf(call), status);
            // an operator may have cancelled the run while the call was out: the answer is kept, the process stays aborted
            if (current.status() == RunStatus.CANCELLED) {
                work.done(job);
                return;
            }
            fold.accept(current.state());
            runs.saveState(current);
            runs.resumeIfParked(current);
            work.done(job);
            engine.completeStep(call.waitingStep(), Map.of("outcome", outcome));
        });
    }

    private void park(Job job, ToolCall call, AgentRun run, int attempts, ConnectorUnavailable unavailable) {
        transactions.inTransaction(() -> {
            if (runs.lock(run.tenantId(), run.id()).status() == RunStatus.CANCELLED) {
                work.done(job);
                return;
            }
            calls.update(call.finished(ToolCall.Status.PENDING, null, attempts, clock.instant()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("tool", call.tool());
            payload.put("idempotencyKey", call.idempotencyKey());
            payload.put("retryAt", unavailable.retryAt().toString());
            payload.put("why", unavailable.reason());
            events.runEvent(run, "parked", call.step(), payload);
            runs.park(runs.get(run.tenantId(), run.id()));
            work.retryAt(job, unavailable.retryAt(), unavailable.reason());
        });
    }

    private static void rejected(RunState state, ToolCall call, String why) {
        state.addReasons(List.of(why));
        if (GetOrder.NAME.equals(call.tool())) {
            state.setOrderError(why);
        }
    }

    private static Map<String, Object> retryPayload(ToolCall call, int attempt, ConnectorFailure.Kind kind, String message, long waitMs) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tool", call.tool());
        payload.put("idempotencyKey", call.idempotencyKey());
        payload.put("attempt", attempt);
        payload.put("kind", kind.name());
        payload.put("message", message);
        payload.put("waitMs", waitMs);
        return payload;
    }

    @Override
    public void giveUp(Job job, String error) {
        calls.find(job.tenantId(), job.ref()).ifPresent(call -> {
            // the run's lock first, as an operator's cancel and retry take it (RunOperations): a run cancelled meanwhile
            // stays cancelled, and is never turned into a failed one that a retry would send to the store again
            AgentRun run = runs.lock(call.tenantId(), call.runId());
            calls.update(call.finished(ToolCall.Status.FAILED, json.write(Map.of("error", error)), call.attempts(), clock.instant()));
            metrics.toolCallFinished(run, call.tool(), connectorOf(call), ToolCall.Status.FAILED);
            if (run.status() != RunStatus.CANCELLED) {
                runs.fail(run, "The " + call.tool() + " step failed on every attempt: " + error);
            }
        });
    }

    /** The capability a call is counted under: its circuit, and the connector label of its metrics. */
    private String connectorOf(ToolCall call) {
        return tools.named(call.tool()).map(tool -> tool.capability().key()).orElse("unknown");
    }
}

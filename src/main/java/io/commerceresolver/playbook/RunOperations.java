package io.commerceresolver.playbook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * What an operator may do to a run that is stuck: retry its failed step, or cancel it. Each runs in one transaction
 * that first locks the run, as a worker recording a step's answer does (ToolCallJobs), so the two never interleave:
 * a cancel is never undone by a step in flight (the worker finds the run cancelled and only records the answer), and
 * a retry sends the failed call again under its own idempotency key, never a call that already succeeded. Both are
 * idempotent: a second cancel, or a retry of a run already retrying that step, changes nothing. Both are audited.
 */
public class RunOperations {

    static final int MAX_REASON = 500;

    /** What came of an operation: the run as it is now, and whether this request changed it. */
    public record Outcome(AgentRun run, boolean changed, String detail) {
    }

    /** Ends the approval a cancelled run waited for, so nobody can decide it any more (the approval package does it). */
    public interface WaitingApprovals {

        /** The process instance of the run's approval subprocess if an approval is still pending; withdraws it. */
        Optional<String> withdraw(String tenantId, String runId, String why);
    }

    private final PlaybookRuns runs;
    private final ToolCalls calls;
    private final ProcessEngine engine;
    private final WorkQueue work;
    private final EventLog events;
    private final WaitingApprovals approvals;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public RunOperations(PlaybookRuns runs, ToolCalls calls, ProcessEngine engine, WorkQueue work, EventLog events,
                         WaitingApprovals approvals, AuditLog audit, Transactions transactions, Clock clock) {
        this.runs = runs;
        this.calls = calls;
        this.engine = engine;
        this.work = work;
        this.events = events;
        this.approvals = approvals;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stops a run that has not ended: its process is aborted, its queued store calls are dropped, a pending approval is
     * withdrawn, and the ticket goes to a person. A call already out to the store completes there; its answer is kept.
     *
     * @throws Conflict if the run has ended otherwise (completed, declined, handed over, failed, shadowed)
     */
    public Outcome cancel(Caller operator, String runId, String reason) {
        String why = reason(reason);
        return transactions.inTransaction(() -> {
            AgentRun run = runs.lock(operator.tenantId(), runId);
            if (run.status() == RunStatus.CANCELLED) {
                return new Outcome(run, false, "Run " + runId + " was already cancelled");
            }
            if (run.status().isFinal()) {
                throw new Conflict("Run " + runId + " has already ended (" + described(run.status()) + "); only a run that is running, "
                        + "parked or waiting for an approval can be cancelled");
            }
            String by = operator.principal();
            Optional<String> approvalProcess = approvals.withdraw(run.tenantId(), run.id(), "The run was cancelled by " + by);
            for (ToolCall call : calls.forRun(run.tenantId(), run.id())) {
                if (call.status() == ToolCall.Status.PENDING) {
                    work.cancel(run.tenantId(), JobKind.RUN_STEP, call.idempotencyKey());
                }
            }
            engine.abort(run.playbook(), run.processInstanceId(), approvalProcess.orElse(null));
            runs.cancel(run, by, why);
            audit.record(operator, "run.cancel", run.id(), Map.of("status", run.status().name(), "playbook", run.playbook()),
                    why == null ? Map.of("status", RunStatus.CANCELLED.name()) : Map.of("status", RunStatus.CANCELLED.name(), "reason", why));
            return new Outcome(runs.get(run.tenantId(), run.id()), true, "Run " + runId + " cancelled");
        });
    }

    /**
     * Sends a failed run's failed store call again, under the same idempotency key, and lets the run go on from there.
     *
     * @throws Conflict if the run has not failed, or failed without a store call that could be sent again
     */
    public Outcome retry(Caller operator, String runId) {
        return transactions.inTransaction(() -> {
            AgentRun run = runs.lock(operator.tenantId(), runId);
            List<ToolCall> made = calls.forRun(run.tenantId(), run.id());
            if (run.status() != RunStatus.FAILED) {
                if ((run.status() == RunStatus.RUNNING || run.status() == RunStatus.PARKED)
                        && made.stream().anyMatch(call -> call.status() == ToolCall.Status.PENDING)) {
                    return new Outcome(run, false, "Run " + runId + " is already carrying out its step again");
                }
                throw new Conflict("Run " + runId + " is " + described(run.status()) + ", not failed: only a failed step can be retried");
            }
            ToolCall failed = retriable(made).orElseThrow(() -> new Conflict("Run " + runId
                    + " failed without a store call that can be sent again; a person has to take the ticket over"));
            calls.update(failed.finished(ToolCall.Status.PENDING, null, failed.attempts(), clock.instant()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("tool", failed.tool());
            payload.put("idempotencyKey", failed.idempotencyKey());
            payload.put("retriedBy", operator.principal());
            events.runEvent(run, "retry", failed.step(), payload);
            runs.resume(run);
            work.enqueue(run.tenantId(), JobKind.RUN_STEP, failed.idempotencyKey());
            audit.record(operator, "run.retry", run.id(), Map.of("status", run.status().name(), "tool", failed.tool()),
                    Map.of("status", RunStatus.RUNNING.name(), "idempotencyKey", failed.idempotencyKey()));
            return new Outcome(runs.get(run.tenantId(), run.id()), true, "The " + failed.tool() + " step of run " + runId + " is sent again");
        });
    }

    /**
     * The call a failed run can send again: the last one, if it failed on every attempt while its step waited for it
     * (ToolCallJobs.giveUp). A call the store refused, or whose credentials it refused, has moved the process on.
     */
    public static Optional<ToolCall> retriable(List<ToolCall> calls) {
        if (calls.isEmpty()) {
            return Optional.empty();
        }
        ToolCall last = calls.get(calls.size() - 1);
        return last.status() == ToolCall.Status.FAILED && last.workItemId() != null ? Optional.of(last) : Optional.empty();
    }

    static String described(RunStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_REASON) {
            throw new BadRequest("reason", "Field 'reason' must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}

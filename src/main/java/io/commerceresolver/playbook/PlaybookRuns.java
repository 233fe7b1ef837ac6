package io.commerceresolver.playbook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;

/**
 * Starts runs and moves them through their statuses, each move with an event and the ticket told. Every method
 * works in the caller's transaction.
 */
public class PlaybookRuns {

    private final Runs runs;
    private final Playbooks playbooks;
    private final ProcessEngine engine;
    private final EventLog events;
    private final RunObserver observer;
    private final PlaybookMetrics metrics;
    private final Clock clock;
    private final PlaybookSettings settings;

    public PlaybookRuns(Runs runs, Playbooks playbooks, ProcessEngine engine, EventLog events, RunObserver observer,
                        PlaybookMetrics metrics, Clock clock, PlaybookSettings settings) {
        this.settings = settings;
        this.runs = runs;
        this.playbooks = playbooks;
        this.engine = engine;
        this.events = events;
        this.observer = observer;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param shadow run in shadow mode whatever the tenant's setting (a replay) */
    public record StartRequest(String tenantId, String ticketId, String playbook, int tier, String decisionId, String correlationId,
                               TicketFacts ticket, boolean shadow) {

        public StartRequest(String tenantId, String ticketId, String playbook, int tier, String decisionId, String correlationId,
                            TicketFacts ticket) {
            this(tenantId, ticketId, playbook, tier, decisionId, correlationId, ticket, false);
        }
    }

    public boolean isDeployed(String playbook) {
        return playbooks.isDeployed(playbook);
    }

    /**
     * Starts the ticket's one run (a ticket that has a run gets it back) and its process, which runs to its first
     * wait: a queued tool call, or a person.
     */
    public AgentRun start(StartRequest request) {
        return start(request, playbooks.declaration(request.playbook()).plan(request.ticket()));
    }

    /**
     * The same, with the plan its caller made: a run that carries out something other than a ticket's reading (a
     * changeset someone confirmed) is planned from that.
     */
    public AgentRun start(StartRequest request, Plan plan) {
        RunState state = new RunState();
        // decided once, at the start: a run never acts half in shadow when the setting changes under it
        state.setShadow(request.shadow() || settings.shadowMode(request.tenantId()));
        AgentRun run = new AgentRun(Ids.newId(), request.tenantId(), request.ticketId(), null, request.playbook(), RunStatus.RUNNING,
                request.tier(), request.decisionId(), request.correlationId(), plan, state, clock.instant(), null);
        if (!runs.insertIfAbsent(run)) {
            return runs.findByTicket(request.tenantId(), request.ticketId()).orElseThrow();
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("playbook", run.playbook());
        payload.put("tier", run.tier());
        payload.put("decisionId", run.decisionId());
        payload.put("plan", plan);
        payload.put("shadow", state.isShadow());
        events.runEvent(run, "run_started", null, payload);
        observer.runChanged(run, "Run started (" + run.playbook() + ")");
        metrics.runStarted(run);
        String processInstanceId = engine.start(run.playbook(), Map.of("tenantId", run.tenantId(), "runId", run.id()));
        runs.attachProcess(run.tenantId(), run.id(), processInstanceId);
        return get(run.tenantId(), run.id());
    }

    public AgentRun get(String tenantId, String runId) {
        return runs.findById(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
    }

    /** The run, locked until the caller's transaction ends (see {@link Runs#lock}). */
    public AgentRun lock(String tenantId, String runId) {
        return runs.lock(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
    }

    public Optional<AgentRun> forTicket(String tenantId, String ticketId) {
        return runs.findByTicket(tenantId, ticketId);
    }

    public List<RunSummary> list(String tenantId, RunQuery query) {
        return runs.list(tenantId, query);
    }

    public RunContext context(String tenantId, String runId) {
        AgentRun run = get(tenantId, runId);
        return new RunContext(run, run.plan(), run.state());
    }

    public void saveState(AgentRun run) {
        runs.saveState(run, run.state());
    }

    public void waitForApproval(AgentRun run) {
        moveTo(run, RunStatus.WAITING_APPROVAL, Map.of("status", RunStatus.WAITING_APPROVAL.name()));
    }

    public void resume(AgentRun run) {
        if (run.status() != RunStatus.RUNNING) {
            moveTo(run, RunStatus.RUNNING, Map.of("status", RunStatus.RUNNING.name()));
        }
    }

    /** A store it needs is unavailable: the run waits for it, and is not failed. */
    public void park(AgentRun run) {
        if (run.status() != RunStatus.PARKED) {
            moveTo(run, RunStatus.PARKED, Map.of("status", RunStatus.PARKED.name()));
        }
    }

    public void resumeIfParked(AgentRun run) {
        if (run.status() == RunStatus.PARKED) {
            moveTo(run, RunStatus.RUNNING, Map.of("status", RunStatus.RUNNING.name()));
        }
    }

    /** Ends the run; a shadow run ends SHADOWED, keeping how it would have ended. */
    public void finish(AgentRun run, RunStatus wouldBe) {
        RunStatus status = wouldBe;
        Map<String, Object> payload = new LinkedHashMap<>();
        if (run.state().isShadow()) {
            run.state().setWouldEnd(wouldBe.name());
            saveState(run);
            status = RunStatus.SHADOWED;
            payload.put("wouldEnd", wouldBe.name());
        }
        payload.put("status", status.name());
        List<String> reasons = run.state().getReasons();
        if (!reasons.isEmpty()) {
            payload.put("reasons", reasons);
        }
        moveTo(run, status, payload);
    }

    /**
     * Something the run waits on could not be done (a deadline that could not fire): the story and the ticket's status
     * detail say so, and the run keeps waiting where it is.
     */
    public void reportTrouble(AgentRun run, String step, String detail, Map<String, Object> payload) {
        events.runEvent(run, "note", step, payload);
        observer.runChanged(get(run.tenantId(), run.id()), detail);
    }

    public void fail(AgentRun run, String error) {
        if (!run.status().isFinal()) {
            moveTo(run, RunStatus.FAILED, Map.of("status", RunStatus.FAILED.name(), "error", error));
        }
    }

    /** An operator stopped the run (see {@link RunOperations#cancel}); its process has been aborted in this transaction. */
    public void cancel(AgentRun run, String by, String reason) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", RunStatus.CANCELLED.name());
        payload.put("cancelledBy", by);
        if (reason != null) {
            payload.put("reason", reason);
        }
        moveTo(run, RunStatus.CANCELLED, payload);
    }

    private void moveTo(AgentRun run, RunStatus status, Map<String, Object> payload) {
        runs.updateStatus(run.tenantId(), run.id(), status, status.isFinal() ? clock.instant() : null);
        events.runEvent(run, status.isFinal() ? "run_finished" : "run_status", null, payload);
        Object detail = payload.containsKey("reasons") ? String.join("; ", run.state().getReasons()) : payload.get("error");
        AgentRun moved = get(run.tenantId(), run.id());
        observer.runChanged(moved, "Run " + status.name().toLowerCase() + " (" + run.playbook() + ")" + (detail == null ? "" : ": " + detail));
        if (status.isFinal()) {
            // resolved without a person: nobody was asked to approve anything on the way
            metrics.runFinished(moved, status == RunStatus.COMPLETED && moved.state().getApproval() == null);
        }
    }
}

package io.commerceresolver.playbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/** Starts runs, and moves them through their statuses with an event for each move. */
public class PlaybookRuns {

    /** The tools each playbook may call; a run can use nothing else. */
    private static final Map<String, List<String>> TOOLS = Map.of(
            RefundPlaybook.NAME, RefundPlaybook.TOOLS,
            OrderStatusPlaybook.NAME, OrderStatusPlaybook.TOOLS);

    private final Runs runs;
    private final EventLog events;
    private final PlaybookLauncher launcher;
    private final RunObserver observer;
    private final Transactions transactions;
    private final Clock clock;

    public PlaybookRuns(Runs runs, EventLog events, PlaybookLauncher launcher, RunObserver observer, Transactions transactions,
                        Clock clock) {
        this.runs = runs;
        this.events = events;
        this.launcher = launcher;
        this.observer = observer;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record StartRequest(String tenantId, String ticketId, String playbook, int tier, String decisionId, RunPlan plan) {
    }

    /** A playbook can run when its process is deployed and its tools are known. */
    public boolean isDeployed(String playbook) {
        return TOOLS.containsKey(playbook) && launcher.isDeployed(playbook);
    }

    public List<String> toolsOf(String playbook) {
        return TOOLS.getOrDefault(playbook, List.of());
    }

    /** Starts the ticket's one run; a ticket that already has a run gets that run back, not a second one. */
    public AgentRun start(StartRequest request) {
        AgentRun run = new AgentRun(Ids.newId(), request.tenantId(), request.ticketId(), null, request.playbook(), RunStatus.RUNNING,
                request.tier(), request.decisionId(), request.plan(), Map.of(), clock.instant(), null);
        boolean created = transactions.inTransaction(() -> {
            if (!runs.insertIfAbsent(run)) {
                return false;
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("playbook", run.playbook());
            payload.put("tier", run.tier());
            payload.put("decisionId", run.decisionId());
            payload.put("plan", run.plan());
            events.runEvent(run, "run_started", null, payload);
            return true;
        });
        if (!created) {
            return runs.findByTicket(request.tenantId(), request.ticketId()).orElseThrow();
        }
        observer.runChanged(run);
        launch(run);
        return get(run.tenantId(), run.id());
    }

    /**
     * Starts again the runs a stop cut short. A run's steps happen in one transaction with the engine's state, so a
     * stop leaves a run marked running with no process instance kept for it; every platform call it had made is
     * keyed by run, step and tool, so running it again repeats none of them.
     */
    public int restartInterrupted(List<String> tenantIds, Instant now, Duration gracePeriod, int perTenant) {
        int restarted = 0;
        for (String tenantId : tenantIds) {
            for (AgentRun run : runs.findRunningStartedBefore(tenantId, now.minus(gracePeriod), perTenant)) {
                if (run.processInstanceId() != null && launcher.isKept(run.playbook(), run.processInstanceId())) {
                    continue;
                }
                Map<String, Object> why = new LinkedHashMap<>();
                why.put("restarted", "the service stopped while this run was in progress");
                why.put("previousProcessInstanceId", run.processInstanceId());
                events.runEvent(run, "note", null, why);
                try {
                    launch(run);
                } catch (RuntimeException failed) {
                    // one run that cannot start again must not keep the others from it
                    finish(run, RunStatus.FAILED, Map.of("error", "could not restart: " + failed.getMessage()));
                }
                restarted++;
            }
        }
        return restarted;
    }

    private void launch(AgentRun run) {
        PlaybookLauncher.Launch launch = launcher.start(run.playbook(), Map.of("tenantId", run.tenantId(), "runId", run.id()),
                processInstanceId -> runs.attachProcess(run.tenantId(), run.id(), processInstanceId));
        afterProcessStep(run.tenantId(), run.id(), launch.state(), launch.error());
    }

    /** A process that stopped on an error leaves its run failed, with the error in the story. */
    public void afterProcessStep(String tenantId, String runId, PlaybookLauncher.State state, String error) {
        if (state == PlaybookLauncher.State.ERROR || state == PlaybookLauncher.State.ABORTED) {
            AgentRun run = get(tenantId, runId);
            if (!run.status().isFinal()) {
                finish(run, RunStatus.FAILED, Map.of("error", error == null ? "the process stopped: " + state : error));
            }
        }
    }

    public void waitForApproval(AgentRun run) {
        moveTo(run, RunStatus.WAITING_APPROVAL, null);
    }

    public void resume(AgentRun run) {
        if (run.status() != RunStatus.RUNNING) {
            moveTo(run, RunStatus.RUNNING, null);
        }
    }

    public void finish(AgentRun run, RunStatus status, Map<String, Object> summary) {
        Map<String, Object> payload = new LinkedHashMap<>(summary);
        payload.put("status", status.name());
        moveTo(run, status, payload);
    }

    public AgentRun get(String tenantId, String runId) {
        return runs.findById(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
    }

    public Optional<AgentRun> forTicket(String tenantId, String ticketId) {
        return runs.findByTicket(tenantId, ticketId);
    }

    private void moveTo(AgentRun run, RunStatus status, Map<String, Object> finalPayload) {
        transactions.inTransaction(() -> {
            runs.updateStatus(run.tenantId(), run.id(), status, status.isFinal() ? clock.instant() : null);
            events.runEvent(run, status.isFinal() ? "run_finished" : "run_status", null,
                    finalPayload == null ? Map.of("status", status.name()) : finalPayload);
        });
        observer.runChanged(get(run.tenantId(), run.id()));
    }
}

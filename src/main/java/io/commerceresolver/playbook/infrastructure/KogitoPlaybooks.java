package io.commerceresolver.playbook.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kie.kogito.Model;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.auth.SecurityPolicy;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.ProcessInstanceExecutionException;
import org.kie.kogito.process.Processes;
import org.kie.kogito.process.WorkItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.commerceresolver.approval.PausedPlaybooks;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookLauncher;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.Transactions;

/** Kogito behind the playbook ports: starts process instances and completes their approval tasks. */
@Component
class KogitoPlaybooks implements PlaybookLauncher, PausedPlaybooks {

    private final Processes processes;
    private final Runs runs;
    private final ObjectProvider<PlaybookRuns> playbookRuns;
    private final Transactions transactions;

    // PlaybookRuns starts processes through this class, so it is looked up when first needed rather than injected
    KogitoPlaybooks(Processes processes, Runs runs, ObjectProvider<PlaybookRuns> playbookRuns, Transactions transactions) {
        this.processes = processes;
        this.runs = runs;
        this.playbookRuns = playbookRuns;
        this.transactions = transactions;
    }

    @Override
    public boolean isDeployed(String playbook) {
        return processes.processIds().contains(playbook);
    }

    @Override
    public boolean isKept(String playbook, String processInstanceId) {
        return process(playbook).instances().findById(processInstanceId).isPresent();
    }

    @Override
    public Launch start(String playbook, Map<String, Object> variables, Consumer<String> onCreated) {
        return start(process(playbook), variables, onCreated);
    }

    private <T extends Model> Launch start(Process<T> process, Map<String, Object> variables, Consumer<String> onCreated) {
        T model = process.createModel();
        model.fromMap(variables);
        ProcessInstance<T> instance = process.createInstance(model);
        onCreated.accept(instance.id());
        // the user-task store (JPA) insists on a transaction; the steps' own writes join it
        return transactions.inTransaction(() -> {
            try {
                instance.start();
            } catch (ProcessInstanceExecutionException stepFailed) {
                return new Launch(instance.id(), State.ERROR, describe(stepFailed));
            }
            return launchOf(instance);
        });
    }

    /**
     * Completes the run's waiting approval task as the person who decided, in the approver role; the process then
     * runs on to its next wait or its end in this same call.
     */
    @Override
    public void resume(String tenantId, String runId, boolean approved, String decidedBy, String approverRole) {
        AgentRun run = runs.findById(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
        ProcessInstance<? extends Model> instance = process(run.playbook()).instances().findById(run.processInstanceId())
                .orElseThrow(() -> new Conflict("Run " + runId + " is not waiting for an approval"));
        SecurityPolicy asApprover = SecurityPolicy.of(IdentityProviders.of(decidedBy, List.of(approverRole)));
        List<WorkItem> waiting = instance.workItems(asApprover);
        if (waiting.isEmpty()) {
            throw new Conflict("Run " + runId + " has no approval task open to the role '" + approverRole + "'");
        }
        Launch after = transactions.inTransaction(() -> {
            try {
                instance.completeWorkItem(waiting.get(0).getId(), Map.of("approved", approved, "decidedBy", decidedBy), asApprover);
                return launchOf(instance);
            } catch (ProcessInstanceExecutionException stepFailed) {
                // the approval itself stands; it is a later step that failed, and the run records that
                return new Launch(instance.id(), State.ERROR, describe(stepFailed));
            }
        });
        playbookRuns.getObject().afterProcessStep(tenantId, runId, after.state(), after.error());
    }

    private Process<? extends Model> process(String playbook) {
        Process<? extends Model> process = processes.processById(playbook);
        if (process == null) {
            throw new IllegalStateException("No playbook '" + playbook + "' is deployed");
        }
        return process;
    }

    /** Kogito nests one wrapper per node it unwound through; the root cause is what an operator needs to read. */
    private static String describe(ProcessInstanceExecutionException failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "A step of the playbook failed: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static Launch launchOf(ProcessInstance<?> instance) {
        State state = switch (instance.status()) {
            case ProcessInstance.STATE_COMPLETED -> State.COMPLETED;
            case ProcessInstance.STATE_ABORTED -> State.ABORTED;
            case ProcessInstance.STATE_ERROR -> State.ERROR;
            default -> State.ACTIVE;
        };
        String error = instance.error().map(e -> e.errorMessage()).orElse(null);
        return new Launch(instance.id(), state, error);
    }
}

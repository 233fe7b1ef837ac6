package io.commerceresolver.playbook.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.kogito.Model;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.auth.SecurityPolicy;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.MutableProcessInstances;
import org.kie.kogito.process.Processes;
import org.kie.kogito.process.impl.AbstractProcessInstance;
import org.kie.kogito.process.impl.Sig;
import org.kie.kogito.timer.TimerInstance;
import org.kie.kogito.process.WorkItem;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.commerceresolver.approval.PausedPlaybooks;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.StepRef;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;

/**
 * Kogito behind the runtime's ports. Each call runs inside the caller's short transaction, and the process state
 * it writes shares that transaction's connection (ProcessPersistenceConfiguration), so a step's records and its
 * process state commit together or not at all.
 */
@Component
class KogitoProcessEngine implements ProcessEngine, PausedPlaybooks {

    /** The reusable subprocess every write playbook calls for its approval, decline and notification. */
    static final String AUTHORISE = "authorise";

    /** The signal Kogito's timer nodes listen for (its own job services send the same). */
    private static final String TIMER_TRIGGERED = "timerTriggered";

    private final Processes processes;
    private final Runs runs;

    // the run store reads plans through the playbook declarations, which ask this engine what is deployed
    KogitoProcessEngine(Processes processes, @Lazy Runs runs) {
        this.processes = processes;
        this.runs = runs;
    }

    @Override
    public boolean isDeployed(String playbook) {
        return processes.processIds().contains(playbook);
    }

    @Override
    public String start(String playbook, Map<String, Object> variables) {
        return start(process(playbook), variables);
    }

    private <T extends Model> String start(Process<T> process, Map<String, Object> variables) {
        T model = process.createModel();
        model.fromMap(variables);
        ProcessInstance<T> instance = process.createInstance(model);
        instance.start();
        return instance.id();
    }

    @Override
    public void completeStep(StepRef step, Map<String, Object> outputs) {
        ProcessInstance<? extends Model> instance = process(step.processId()).instances().findById(step.processInstanceId())
                .orElseThrow(() -> new IllegalStateException("Process instance " + step.processInstanceId() + " of "
                        + step.processId() + " is gone; its step cannot be completed"));
        instance.completeWorkItem(step.workItemId(), outputs);
    }

    @Override
    public void abort(String playbook, String processInstanceId, String subprocessInstanceId) {
        if (processInstanceId != null) {
            process(playbook).instances().findById(processInstanceId).ifPresent(ProcessInstance::abort);
        }
        // the call activity is not independent: aborting its parent aborts it too; one left over is aborted here
        if (subprocessInstanceId != null) {
            process(AUTHORISE).instances().findById(subprocessInstanceId).ifPresent(ProcessInstance::abort);
        }
    }

    @Override
    public void lockRun(String tenantId, String runId) {
        runs.lock(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
    }

    /**
     * Completes the approval task as the principal who decided, with that principal's own roles: Kogito opens the
     * task only to its group. The subprocess ends and the run's playbook goes on in this same call, to its next wait.
     */
    @Override
    public void resume(String tenantId, String runId, String processInstanceId, boolean approved, String decidedBy, Set<String> deciderRoles) {
        AgentRun run = runs.findById(tenantId, runId).orElseThrow(() -> new NotFound("run", runId));
        ProcessInstance<? extends Model> approval = process(AUTHORISE).instances().findById(processInstanceId)
                .orElseThrow(() -> new Conflict("The approval's process " + processInstanceId + " is not waiting any more"));
        SecurityPolicy asApprover = SecurityPolicy.of(IdentityProviders.of(decidedBy, List.copyOf(deciderRoles)));
        List<WorkItem> waiting = approval.workItems(asApprover);
        if (waiting.isEmpty()) {
            throw new Conflict("No approval task is open to the roles " + deciderRoles);
        }
        Process<? extends Model> playbook = process(run.playbook());
        AbstractProcessInstance<?> parent = (AbstractProcessInstance<?>) playbook.instances().findById(run.processInstanceId())
                .orElseThrow(() -> new Conflict("Run " + runId + " has no process waiting for its approval"));
        withRootConnected(playbook, parent,
                () -> approval.completeWorkItem(waiting.get(0).getId(), Map.of("approved", approved, "decidedBy", decidedBy), asApprover));
    }

    /**
     * Fires a due BPMN timer: the process instance gets the signal Kogito's own job service would send. A timer in a
     * subprocess (the approval's deadline in authorise) may end it and so resume its root (see
     * {@link #withRootConnected}). False if the instance is gone (it ended since; the timer is moot).
     */
    boolean fireTimer(ProcessTimer timer, int firingsLeft) {
        Optional<? extends ProcessInstance<? extends Model>> found = process(timer.processId()).instances().findById(timer.processInstanceId());
        if (found.isEmpty()) {
            return false;
        }
        boolean inSubprocess = timer.rootProcessInstanceId() != null && !timer.rootProcessInstanceId().equals(timer.processInstanceId());
        Process<? extends Model> rootProcess = inSubprocess ? process(timer.rootProcessId()) : null;
        AbstractProcessInstance<?> root = inSubprocess
                ? (AbstractProcessInstance<?>) rootProcess.instances().findById(timer.rootProcessInstanceId()).orElse(null)
                : null;
        Runnable fire = () -> found.get().send(Sig.of(TIMER_TRIGGERED, TimerInstance.with(timer.id(), timer.timerId(), firingsLeft)));
        if (root == null) {
            fire.run();
        } else {
            withRootConnected(rootProcess, root, fire);
        }
        return true;
    }

    /**
     * Does {@code work} to a subprocess of {@code root} that may end it and so resume the root. Kogito 10.1 resumes a
     * waiting root only if it finds it connected in memory (a root it has to load itself fails on its next task), and
     * then leaves writing it to the caller: so it is connected first, and written after.
     */
    private static void withRootConnected(Process<? extends Model> process, AbstractProcessInstance<?> root, Runnable work) {
        root.workItems(); // connects it
        work.run();
        save(process, root);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void save(Process<? extends Model> process, AbstractProcessInstance<?> instance) {
        MutableProcessInstances instances = (MutableProcessInstances) process.instances();
        int state = instance.internalGetProcessInstance().getState();
        if (state == ProcessInstance.STATE_ACTIVE || state == ProcessInstance.STATE_ERROR) {
            instances.update(instance.id(), instance);
        } else {
            instances.remove(instance.id());
        }
    }

    private Process<? extends Model> process(String id) {
        Process<? extends Model> process = processes.processById(id);
        if (process == null) {
            throw new IllegalStateException("No process '" + id + "' is deployed");
        }
        return process;
    }
}

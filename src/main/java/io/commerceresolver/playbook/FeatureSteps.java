package io.commerceresolver.playbook;

import java.util.Map;

/**
 * Steps a feature adds to a process of its own, beside the playbook steps every BPMN can name: a task with
 * {@code drools:taskName="FeatureStep"} and the inputs {@code feature}, {@code step}, {@code tenantId} and {@code runId}
 * is carried out by the {@code FeatureSteps} of that feature. The run is an ordinary run (events, approvals, timers,
 * operators' cancel and retry all apply); only what the step does is the feature's.
 */
public interface FeatureSteps {

    /** The name BPMN tasks give in their {@code feature} input. */
    String feature();

    /**
     * Carries out {@code step} of the run, in the process engine's transaction (never a remote call here).
     *
     * @param waiting the task, for a step that leaves work to a job: the job completes it with
     *                {@link ProcessEngine#completeStep}
     * @return the task's outputs now, or null when the task waits for that job
     */
    Map<String, Object> carryOut(String step, String tenantId, String runId, StepRef waiting);
}

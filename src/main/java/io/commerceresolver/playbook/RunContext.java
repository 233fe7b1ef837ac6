package io.commerceresolver.playbook;

/** A run as a step sees it: who it is, its typed plan and what it has found so far. */
public record RunContext(AgentRun run, Plan plan, RunState state) {

    public String tenantId() {
        return run.tenantId();
    }
}

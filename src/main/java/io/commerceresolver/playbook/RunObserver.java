package io.commerceresolver.playbook;

/** Told of every change of a run's status, in the transaction that made it. */
public interface RunObserver {

    void runChanged(AgentRun run, String detail);
}

package io.commerceresolver.playbook;

/** Told whenever a run changes status, so the ticket it works for can follow. */
public interface RunObserver {

    void runChanged(AgentRun run);
}

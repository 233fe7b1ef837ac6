package io.commerceresolver.playbook;

import java.util.List;

/**
 * Every observer of runs as one, so several features can follow runs (the ticket its status, receipts the runs that
 * wrote) without knowing of each other. Each is told in the same transaction, in turn: one that throws rolls the
 * change back for all, as it would alone.
 */
public final class RunObservers implements RunObserver {

    private final List<RunObserver> observers;

    public RunObservers(List<RunObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void runChanged(AgentRun run, String detail) {
        for (RunObserver observer : observers) {
            observer.runChanged(run, detail);
        }
    }
}

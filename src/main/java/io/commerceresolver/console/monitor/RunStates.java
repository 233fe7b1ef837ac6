package io.commerceresolver.console.monitor;

import java.util.List;

import io.commerceresolver.playbook.RunStatus;

/** How the monitor names each run state, and the badge it wears; the order is the columns' of the counts table. */
public final class RunStates {

    public record State(RunStatus status, String label, String badge) {
    }

    public static final List<State> ALL = List.of(
            new State(RunStatus.RUNNING, "Running", "info"),
            new State(RunStatus.WAITING_APPROVAL, "Waiting for approval", "warn"),
            new State(RunStatus.PARKED, "Waiting on a vendor / retrying", "warn"),
            new State(RunStatus.FAILED, "Failed", "bad"),
            new State(RunStatus.COMPLETED, "Completed", "good"),
            new State(RunStatus.SHADOWED, "Shadowed", "info"),
            new State(RunStatus.DECLINED, "Declined", "info"),
            new State(RunStatus.HANDED_OVER, "Handed to a person", "warn"),
            new State(RunStatus.CANCELLED, "Cancelled", "bad"));

    private RunStates() {
    }

    public static State of(RunStatus status) {
        return ALL.stream().filter(state -> state.status() == status).findFirst().orElseThrow();
    }
}

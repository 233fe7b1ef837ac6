package io.commerceresolver.console.monitor;

import java.time.Instant;
import java.util.List;

import io.commerceresolver.playbook.RunStatus;

/** The monitor's reads over the tenant's runs: counts by playbook and state, and filtered pages of runs. */
public interface MonitorQueries {

    /** How many runs of a playbook started in the period are now in a state. */
    record StateCount(String playbook, RunStatus status, long runs) {
    }

    /**
     * Which runs to list, newest first; every filter is optional (null).
     *
     * @param customer      the customer's e-mail address, exactly
     * @param startedBefore runs at least this old (the age filter)
     * @param before        the last run of the previous page
     */
    record RunFilter(String playbook, RunStatus status, String orderId, String customer, Instant startedBefore, String before, int limit) {
    }

    /** A run as the list shows it; {@code customerEmail} is masked by the monitor before it is shown. */
    record RunLine(String runId, String ticketId, String playbook, RunStatus status, String orderId, String customerEmail,
                   Instant startedAt, Instant endedAt) {
    }

    List<StateCount> counts(String tenantId, Instant from, Instant to);

    List<RunLine> runs(String tenantId, RunFilter filter);
}

package io.commerceresolver.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Runs {

    /** Stores the run unless the ticket already has one: a ticket is worked on by one run only. */
    boolean insertIfAbsent(AgentRun run);

    Optional<AgentRun> findById(String tenantId, String runId);

    Optional<AgentRun> findByTicket(String tenantId, String ticketId);

    void attachProcess(String tenantId, String runId, String processInstanceId);

    void saveState(AgentRun run, RunState state);

    void updateStatus(String tenantId, String runId, RunStatus status, Instant endedAt);

    /**
     * The run, locked until the caller's transaction ends: an operator's cancel or retry and a worker recording a step's
     * answer take this lock first, so one of them sees what the other did.
     */
    Optional<AgentRun> lock(String tenantId, String runId);

    /** A page of the tenant's runs, newest first; empty when {@code query.before()} names no run of the tenant. */
    List<RunSummary> list(String tenantId, RunQuery query);
}

package io.commerceresolver.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Runs {

    /** Stores the run unless the ticket already has one: a ticket is worked on by one run only. */
    boolean insertIfAbsent(AgentRun run);

    Optional<AgentRun> findById(String tenantId, String runId);

    Optional<AgentRun> findByTicket(String tenantId, String ticketId);

    /** Runs of the tenant still marked running that started before the cutoff, oldest first. */
    List<AgentRun> findRunningStartedBefore(String tenantId, Instant cutoff, int limit);

    void attachProcess(String tenantId, String runId, String processInstanceId);

    void saveResult(AgentRun run);

    void updateStatus(String tenantId, String runId, RunStatus status, Instant endedAt);
}

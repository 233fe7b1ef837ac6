package io.commerceresolver.playbook;

import java.time.Instant;

/** One execution of a playbook for one ticket: its fixed plan, and the state its steps build up. */
public record AgentRun(String id,
                       String tenantId,
                       String ticketId,
                       String processInstanceId,
                       String playbook,
                       RunStatus status,
                       int tier,
                       String decisionId,
                       String correlationId,
                       Plan plan,
                       RunState state,
                       Instant startedAt,
                       Instant endedAt) {
}

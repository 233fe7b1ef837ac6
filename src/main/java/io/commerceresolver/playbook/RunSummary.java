package io.commerceresolver.playbook;

import java.time.Instant;

/** A run as a list shows it; the ticket's view has the rest (plan, decisions, results, events). */
public record RunSummary(String runId, String ticketId, String playbook, RunStatus status, int tier, Instant startedAt,
                         Instant endedAt) {
}

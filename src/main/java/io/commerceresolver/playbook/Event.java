package io.commerceresolver.playbook;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a ticket's story: received, intent, decision, tool_call, tool_result, approval_requested, approval,
 * verify, note, run_finished. {@code step} names the playbook step when there is one.
 */
public record Event(Long id, String tenantId, String ticketId, String runId, Instant ts, String type, String step,
                    String correlationId, Map<String, Object> payload) {
}

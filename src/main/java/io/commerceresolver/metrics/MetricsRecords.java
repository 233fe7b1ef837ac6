package io.commerceresolver.metrics;

import java.time.Instant;
import java.util.List;

/**
 * What the summary counts, read from one tenant's records: the runs started in {@code [from, to)} and what became of
 * them (their approvals, tool calls and ends), and the tickets received in the window that went to a person before
 * any playbook.
 */
public interface MetricsRecords {

    /** Runs by playbook and status; {@code withApproval}: how many of them asked for an approval. */
    List<RunCount> runs(String tenantId, Instant from, Instant to);

    /** The runs' approvals by playbook and outcome. */
    List<OutcomeCount> approvals(String tenantId, Instant from, Instant to);

    /** The runs' decided approvals: asked for, decided. */
    List<Span> approvalWaits(String tenantId, Instant from, Instant to);

    /** The runs' tool calls by playbook and status. */
    List<OutcomeCount> toolCalls(String tenantId, Instant from, Instant to);

    /** The runs that finished: their ticket received, the run ended. */
    List<Span> resolutions(String tenantId, Instant from, Instant to);

    /** Tickets received in the window, and how many of them went to a person with no run. */
    Triage triage(String tenantId, Instant from, Instant to);

    record RunCount(String playbook, String status, long runs, long withApproval) {
    }

    record OutcomeCount(String playbook, String outcome, long count) {
    }

    record Span(String playbook, Instant start, Instant end) {
    }

    record Triage(long ticketsReceived, long handedOff) {
    }
}

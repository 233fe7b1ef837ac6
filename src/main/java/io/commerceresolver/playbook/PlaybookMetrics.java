package io.commerceresolver.playbook;

import java.time.Duration;

/**
 * What the resolver counts, told where it happens: a run started and finished, an approval asked for and decided, a
 * connector call answered, a ticket handed to a person. An adapter turns these into meters (metrics/infrastructure);
 * each is counted once the transaction that made it commits, so a rolled-back step counts nothing. Calls made
 * outside a transaction count at once.
 */
public interface PlaybookMetrics {

    void runStarted(AgentRun run);

    /**
     * @param run       the run in its final status, with its end
     * @param automated resolved without a person: completed, and no approval was asked for
     */
    void runFinished(AgentRun run, boolean automated);

    void approvalRequested(AgentRun run, int tier);

    /** @param outcome the approval's outcome as stored (APPROVED, REJECTED, ...) */
    void approvalDecided(AgentRun run, String outcome, Duration waited);

    void toolCallFinished(AgentRun run, String tool, String connector, ToolCall.Status outcome);


}

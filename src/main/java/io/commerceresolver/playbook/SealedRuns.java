package io.commerceresolver.playbook;

import java.util.Optional;

/**
 * Which runs are sealed in a receipt, for the run's own view. A port, so that playbook needs nothing of the receipt
 * feature that reads runs to seal them.
 */
public interface SealedRuns {

    /** The run's receipt id; empty while it has none (it wrote nothing, or it is not sealed yet). */
    Optional<String> receiptId(String tenantId, String runId);
}

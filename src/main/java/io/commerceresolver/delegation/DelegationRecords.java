package io.commerceresolver.delegation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where delegations and their uses are kept. */
public interface DelegationRecords {

    /** A delegation and its place among those issued to the same run and component (1 for the first). */
    record Issued(Delegation delegation, int generation) {
    }

    /** The latest delegation issued to the run's component, live or expired. */
    Optional<Issued> latest(String tenantId, String runId, Component component);

    /** Stores the delegation in the caller's transaction; {@code false} when another caller took this generation first. */
    boolean insertIfAbsent(Delegation delegation, int generation);

    /**
     * Counts one use of the delegation for the verb, allowed or refused, in a short transaction of its own that is
     * committed when this returns: a refusal stays recorded when the caller's transaction rolls back, and no
     * connection is held while the vendor is called. Safe for concurrent callers.
     */
    void recordUse(String tenantId, String exchangeId, String verb, boolean allowed, Instant at);

    /** Every use of the run's delegations, in the order first used. */
    List<DelegationUse> uses(String tenantId, String runId);
}

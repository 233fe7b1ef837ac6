package io.commerceresolver.console.workbench;

import java.time.Instant;
import java.util.Optional;

/**
 * The manual's background runs of the features that failed on every attempt, per tenant and version: kept so the manual
 * shows the error rather than asking for the same failing run on every look. Works in the caller's transaction.
 */
public interface ManualCheckFailures {

    record Failure(String error, Instant failedAt) {
    }

    Optional<Failure> find(String tenantId, String version);

    /** Keeps {@code failure} as the version's last, over any kept before. */
    void keep(String tenantId, String version, Failure failure);

    void forget(String tenantId, String version);
}

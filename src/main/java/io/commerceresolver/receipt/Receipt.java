package io.commerceresolver.receipt;

import java.time.Instant;

/**
 * The canonical record of one run ({@code body}, JSON as text), its SHA-256, and the SHA-256 of the tenant's
 * previous receipt ({@code prevSha256}; {@link #GENESIS} for the tenant's first receipt, so the chain has one start).
 */
public record Receipt(String id,
                      String tenantId,
                      String runId,
                      String body,
                      String sha256,
                      String prevSha256,
                      Instant createdAt) {

    /** What a tenant's first receipt points back to. */
    public static final String GENESIS = "0".repeat(64);
}

package io.commerceresolver.receipt;

import java.time.Instant;

/**
 * One sealed receipt as stored: the canonical JSON {@code body} (RFC 8785, exactly the bytes that were hashed and
 * signed), its SHA-256, and the SHA-256 of the tenant's previous receipt ({@code prevSha256}; {@link #GENESIS} for the
 * tenant's first, so the chain has one start). {@code seq} counts the tenant's receipts from 1 without gaps.
 * {@code runId} is set only for a run's receipt (it names the run row); {@code signature} and {@code keyId} are null
 * when the deployment does not sign.
 */
public record Receipt(String id,
                      String tenantId,
                      ReceiptRecord.Kind kind,
                      String subjectId,
                      String runId,
                      long seq,
                      String body,
                      String sha256,
                      String prevSha256,
                      String signature,
                      String keyId,
                      Instant createdAt) {

    /** What a tenant's first receipt points back to. */
    public static final String GENESIS = "0".repeat(64);
}

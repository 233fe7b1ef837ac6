package io.commerceresolver.receipt;

import java.time.Instant;

/**
 * The JSON a receipt's hash covers: its place in the tenant's chain, then the record, then when it was sealed. The
 * key names sort so that the chain comes first in canonical form, which lets the verifier check a stored body's
 * place in the chain from its first bytes ({@link #chainPrefix}) without parsing it.
 */
public record SealedBody(Chain chain, ReceiptRecord receipt, Instant sealedAt) {

    /** {@code previous}: the SHA-256 (hex) of the tenant's previous receipt; {@code seq} this one's number; the tenant. */
    public record Chain(String previous, long seq, String tenant) {
    }

    /**
     * How a canonical body with this place in the chain starts. Exact because hashes are hex, seq a whole number and
     * tenant ids lower-case letters, digits and hyphens: nothing in it that canonical JSON would escape.
     */
    public static String chainPrefix(String previous, long seq, String tenant) {
        return "{\"chain\":{\"previous\":\"" + previous + "\",\"seq\":" + seq + ",\"tenant\":\"" + tenant + "\"},";
    }

    /**
     * The canonical body from the record's canonical JSON, without writing the record again: canonical JSON of an
     * object is its members' canonical forms in key order, and an instant's text (ISO-8601) has nothing to escape.
     * CanonicalJsonTest holds this equal to {@link CanonicalJson#write} of the whole body.
     */
    public static String text(Chain chain, String canonicalRecord, Instant sealedAt) {
        return chainPrefix(chain.previous(), chain.seq(), chain.tenant()) + "\"receipt\":" + canonicalRecord + ",\"sealedAt\":\"" + sealedAt
                + "\"}";
    }
}

package io.commerceresolver.receipt;

/**
 * JSON in its one canonical form (RFC 8785, the JSON Canonicalization Scheme): keys sorted, no white space, strings
 * and numbers written one way only. Anyone holding a receipt's JSON can recompute the same bytes, hash and signature.
 */
public interface CanonicalJson {

    /**
     * The value (a record of records, lists, strings, whole numbers, booleans, instants) in canonical form. Refuses
     * numbers with a fraction or beyond ±2^53: those are not exact as canonical JSON's doubles, and belong in strings.
     */
    String write(Object value);

    /** JSON text in canonical form; refuses text that is not JSON. */
    String canonicalize(String json);
}

package io.commerceresolver.delegation;

import java.time.Instant;

/**
 * How often a delegation was used for one verb, allowed or refused, and when first and last: a changeset of 10,000
 * writes is one line of 10,000 uses, not 10,000 lines. {@code enforcedBy} is the delegation's (see {@link Delegation}).
 */
public record DelegationUse(String exchangeId, Component component, Scope scope, String verb, boolean allowed, long count, Instant firstAt,
                            Instant lastAt, String enforcedBy) {
}

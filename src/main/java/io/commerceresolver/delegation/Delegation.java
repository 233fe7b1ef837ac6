package io.commerceresolver.delegation;

import java.time.Instant;
import java.util.Objects;

/**
 * A credential issued to one component for one run: {@code exchangeId} names it in the receipt. {@code enforcedBy}
 * says who refuses what lies outside its scope: {@value #BY_SERVICE} when the component acts with the tenant's one
 * vendor credential and only this service holds it to its scope, {@value #BY_VENDOR} when the tenant stored a narrower
 * vendor credential for the scope and the component acts with that (the service still checks every verb).
 */
public record Delegation(String exchangeId, String tenantId, String runId, Component component, Scope scope, Instant issuedAt,
                         Instant expiresAt, String enforcedBy) {

    public static final String BY_SERVICE = "service";
    public static final String BY_VENDOR = "vendor";

    public Delegation {
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(scope, "scope");
        if (!BY_SERVICE.equals(enforcedBy) && !BY_VENDOR.equals(enforcedBy)) {
            throw new IllegalArgumentException("A delegation is enforced by the service or the vendor, not '" + enforcedBy + "'");
        }
    }

    public boolean expiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }
}

package io.commerceresolver.tenant;

import java.time.Instant;
import java.util.Set;

import io.commerceresolver.security.Role;

/**
 * A stored API key: only its SHA-256 is kept, and a short prefix so people can tell keys apart. Its name is
 * unique within the tenant for good (a revoked key's name is not reused), so {@code api-key:<name>} names one
 * principal in every record.
 */
public record ApiKey(String id, String tenantId, String name, String prefix, String sha256, Set<Role> roles,
                     String createdBy, Instant createdAt, Instant revokedAt) {

    public ApiKey {
        roles = Set.copyOf(roles);
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}

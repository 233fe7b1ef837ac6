package io.commerceresolver.tenant;

import java.time.Instant;

/** A stored API key: only its SHA-256 is kept, and a short prefix so people can tell keys apart. */
public record ApiKey(String id, String tenantId, String name, String prefix, String sha256, Instant createdAt,
                     Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}

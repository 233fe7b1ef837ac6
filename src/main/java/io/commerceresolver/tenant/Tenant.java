package io.commerceresolver.tenant;

import java.time.Instant;
import java.util.Map;

/**
 * A seller or support organisation using the resolver. {@code settings} holds the tenant's overrides of the
 * policy thresholds (for example {@code maxAutoRefund}); rules supply the defaults for whatever is absent.
 */
public record Tenant(String id, String name, Map<String, String> settings, Instant createdAt) {

    public Tenant {
        settings = Map.copyOf(settings);
    }
}

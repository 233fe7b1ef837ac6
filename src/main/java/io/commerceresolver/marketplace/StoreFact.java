package io.commerceresolver.marketplace;

import java.time.Instant;

/**
 * One thing in the tenant's view of its store, as the platform last described it: {@code state} is the normalised
 * {@link StoreChange} as JSON, {@code asOf} the vendor's own time of that description.
 */
public record StoreFact(String tenantId, String platform, String kind, String ref, String state, Instant asOf, String eventId,
                        Instant updatedAt) {
}

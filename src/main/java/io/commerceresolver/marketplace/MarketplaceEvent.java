package io.commerceresolver.marketplace;

import java.time.Instant;

/** One delivery as stored: what came, when, and what became of it. */
public record MarketplaceEvent(String id, String tenantId, String platform, String deliveryId, String topic, String payload,
                               Instant receivedAt, Status status, String outcome, Instant appliedAt) {

    public enum Status {
        /** Stored and queued; not applied yet. */
        RECEIVED,
        /** Applied to the tenant's view of its store (or found older than what it holds). */
        APPLIED,
        /** A topic the resolver keeps nothing of. */
        IGNORED,
        /** Failed on every attempt, or unreadable: waits in the dead letters for a person to replay it. */
        DEAD
    }
}

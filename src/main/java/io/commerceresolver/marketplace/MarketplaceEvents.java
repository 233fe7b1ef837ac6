package io.commerceresolver.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where deliveries and their dead letters are kept. Every method works in the caller's transaction and tenant. */
public interface MarketplaceEvents {

    /** Stores the delivery unless the same vendor delivery id is already stored; true when this call stored it. */
    boolean insertIfAbsent(MarketplaceEvent event);

    Optional<MarketplaceEvent> find(String tenantId, String id);

    Optional<MarketplaceEvent> findByDelivery(String tenantId, String platform, String deliveryId);

    void settle(String tenantId, String id, MarketplaceEvent.Status status, String outcome, Instant at);

    /**
     * Settles an event still {@code RECEIVED}, and only such an event: a worker that took the job up again after its
     * lease ran out never writes over what the first one recorded.
     */
    void finish(String tenantId, String id, MarketplaceEvent.Status status, String outcome, Instant at);

    /** Newest first, after the given event of the listing (null for the first page). */
    List<MarketplaceEvent> page(String tenantId, int limit, String afterId);

    void addDeadLetter(DeadLetter letter);

    Optional<DeadLetter> findDeadLetter(String tenantId, String id);

    /** The dead letters not replayed yet, oldest first. */
    List<DeadLetter> openDeadLetters(String tenantId, int limit);

    /** Marks it replayed unless someone already did; true when this call did. */
    boolean markReplayed(String tenantId, String id, String by, Instant at);
}

package io.commerceresolver.marketplace.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.commerceresolver.marketplace.DeadLetter;
import io.commerceresolver.marketplace.MarketplaceEvent;
import io.commerceresolver.marketplace.MarketplaceEvents;
import io.commerceresolver.marketplace.StoreFact;
import io.commerceresolver.marketplace.StoreFacts;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

/**
 * Deliveries, dead letters and store facts in their tables (V19). The unique delivery id is what stores a delivery
 * once however many times and however concurrently the vendor sends it; a fact is replaced only by a description
 * at least as new as the one kept.
 */
class MarketplaceDatabase implements MarketplaceEvents, StoreFacts {

    private final MarketplaceMapper mapper;
    private final DuplicateSafeInsert duplicateSafeInsert;

    MarketplaceDatabase(MarketplaceMapper mapper, DataSource dataSource) {
        this.mapper = mapper;
        this.duplicateSafeInsert = new DuplicateSafeInsert(dataSource);
    }

    @Override
    public boolean insertIfAbsent(MarketplaceEvent event) {
        return duplicateSafeInsert.insertIfAbsent(() -> mapper.insertEventIfAbsent(event));
    }

    @Override
    public Optional<MarketplaceEvent> find(String tenantId, String id) {
        return mapper.findEvent(tenantId, id);
    }

    @Override
    public Optional<MarketplaceEvent> findByDelivery(String tenantId, String platform, String deliveryId) {
        return mapper.findByDelivery(tenantId, platform, deliveryId);
    }

    @Override
    public void settle(String tenantId, String id, MarketplaceEvent.Status status, String outcome, Instant at) {
        mapper.settle(tenantId, id, status, outcome, at);
    }

    @Override
    public void finish(String tenantId, String id, MarketplaceEvent.Status status, String outcome, Instant at) {
        mapper.finish(tenantId, id, status, outcome, at);
    }

    @Override
    public List<MarketplaceEvent> page(String tenantId, int limit, String afterId) {
        return mapper.page(tenantId, limit, afterId);
    }

    @Override
    public void addDeadLetter(DeadLetter letter) {
        mapper.insertDeadLetter(letter);
    }

    @Override
    public Optional<DeadLetter> findDeadLetter(String tenantId, String id) {
        return mapper.findDeadLetter(tenantId, id);
    }

    @Override
    public List<DeadLetter> openDeadLetters(String tenantId, int limit) {
        return mapper.openDeadLetters(tenantId, limit);
    }

    @Override
    public boolean markReplayed(String tenantId, String id, String by, Instant at) {
        return mapper.markReplayed(tenantId, id, by, at) == 1;
    }

    /**
     * Update if not newer, else insert, else (another worker inserted the same thing a moment ago) update once more:
     * whichever of two concurrent descriptions is newer is the one kept, whatever order they commit in.
     */
    @Override
    public boolean put(StoreFact fact) {
        if (mapper.updateFactIfNotNewer(fact) == 1) {
            return true;
        }
        if (duplicateSafeInsert.insertIfAbsent(() -> mapper.insertFactIfAbsent(fact))) {
            return true;
        }
        return mapper.updateFactIfNotNewer(fact) == 1;
    }

    @Override
    public Optional<StoreFact> find(String tenantId, String platform, String kind, String ref) {
        return mapper.findFact(tenantId, platform, kind, ref);
    }

    @Override
    public List<StoreFact> list(String tenantId, String kind, int limit) {
        return mapper.listFacts(tenantId, kind, limit);
    }
}

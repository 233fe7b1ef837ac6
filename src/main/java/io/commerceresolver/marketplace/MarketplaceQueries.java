package io.commerceresolver.marketplace;

import java.util.List;
import java.util.Optional;

import io.commerceresolver.system.Transactions;

/** What people read: the deliveries that came and what became of them, and the tenant's view of its store. */
public class MarketplaceQueries {

    private final MarketplaceEvents events;
    private final StoreFacts facts;
    private final Transactions transactions;

    public MarketplaceQueries(MarketplaceEvents events, StoreFacts facts, Transactions transactions) {
        this.events = events;
        this.facts = facts;
        this.transactions = transactions;
    }

    public List<MarketplaceEvent> events(String tenantId, int limit, String afterId) {
        return transactions.inTransaction(() -> events.page(tenantId, limit, afterId));
    }

    public Optional<MarketplaceEvent> event(String tenantId, String id) {
        return transactions.inTransaction(() -> events.find(tenantId, id));
    }

    public List<StoreFact> facts(String tenantId, String kind, int limit) {
        return transactions.inTransaction(() -> facts.list(tenantId, kind, limit));
    }

    public Optional<StoreFact> fact(String tenantId, String platform, String kind, String ref) {
        return transactions.inTransaction(() -> facts.find(tenantId, platform, kind, ref));
    }
}

package io.commerceresolver.marketplace;

import java.util.List;
import java.util.Optional;

/** The tenant's view of its store. Works in the caller's transaction and tenant. */
public interface StoreFacts {

    /**
     * Keeps the fact unless the view already holds a newer description of the same thing (a delivery re-ordered on
     * its way); true when it was kept.
     */
    boolean put(StoreFact fact);

    Optional<StoreFact> find(String tenantId, String platform, String kind, String ref);

    /** By kind (all kinds when null), most recently changed first. */
    List<StoreFact> list(String tenantId, String kind, int limit);
}

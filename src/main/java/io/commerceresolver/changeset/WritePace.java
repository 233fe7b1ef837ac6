package io.commerceresolver.changeset;

/**
 * How fast the writer may send a tenant's catalogue writes: at the pace its store's API allows (Shopify's GraphQL
 * Admin API restores 100 cost points a second on the standard plan, and a price write costs about ten plus its
 * variant look-up), so that a 10,000-operation changeset neither trips the vendor's limit nor starves the tenant's
 * other calls. A vendor answer that asks to slow down still is honoured by the connector calls' retries.
 */
public interface WritePace {

    /** The tenant's turns for one slice of writes: its store and pace are looked up once, not for every write. */
    Turns turns(String tenantId);

    /** One tenant's turns to write. */
    interface Turns {

        /** Waits, if needed, until one more write may be sent; returns at once where no pace is set. */
        void await() throws InterruptedException;
    }
}

package io.commerceresolver.changeset;

/**
 * How fast the writer may send a tenant's catalogue writes: at the pace its store's API allows (Shopify's GraphQL
 * Admin API restores 100 cost points a second on the standard plan, and a price write costs about ten plus its
 * variant look-up), so that a 10,000-operation changeset neither trips the vendor's limit nor starves the tenant's
 * other calls. A vendor answer that asks to slow down still is honoured by the connector calls' retries.
 */
public interface WritePace {

    /** Waits, if needed, until the tenant may send one more write; returns at once where no pace is set. */
    void awaitTurn(String tenantId) throws InterruptedException;

    /** Writes a second this tenant is held to, or 0 when the store sets no pace (the sandbox). */
    double writesPerSecond(String tenantId);
}

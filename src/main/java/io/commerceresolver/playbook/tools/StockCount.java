package io.commerceresolver.playbook.tools;

/** A product's stock count to set, as recorded before it is set. */
public record StockCount(String sku, int stock) {
}

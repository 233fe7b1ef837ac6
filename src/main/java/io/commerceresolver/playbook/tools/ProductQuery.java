package io.commerceresolver.playbook.tools;

/** Which product a read is about. */
public record ProductQuery(String sku) {
}

package io.commerceresolver.connector;

import java.util.List;

/** A replacement is a new zero-priced order for the same customer with the named SKUs. */
public record Replacement(String id, String originalOrderId, String replacementOrderId, List<String> skus) {
}

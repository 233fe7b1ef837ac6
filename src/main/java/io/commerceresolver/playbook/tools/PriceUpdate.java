package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Money;
import io.commerceresolver.playbook.PriceChange;

/** A product's new price as recorded before it is set, with the change the rules judged. */
public record PriceUpdate(String sku, Money newPrice, PriceChange change) {
}

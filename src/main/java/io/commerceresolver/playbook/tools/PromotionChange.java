package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;

import io.commerceresolver.connector.Money;
import io.commerceresolver.playbook.PriceChange;

/**
 * A product's promotion as recorded before it is set: the percentage off (null ends it), the price buyers would pay,
 * and the change of that price the rules judged.
 */
public record PromotionChange(String sku, BigDecimal percentOff, Money sellingPrice, PriceChange change) {
}

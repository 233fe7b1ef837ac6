package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A price a write would set, as put to the rules with it: the price before (null for a new product), the price after,
 * and the unit cost (null when unknown). The rules judge the change's size and the margin left
 * (rules/risk-tiers.drl, thresholds from rules/policy-thresholds.dmn); the figures here are for people to read.
 */
public record PriceChange(String sku, BigDecimal oldPrice, BigDecimal newPrice, BigDecimal cost) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Prices at two decimals, as the store keeps them. */
    public PriceChange {
        oldPrice = cents(oldPrice);
        newPrice = cents(newPrice);
        cost = cents(cost);
    }

    private static BigDecimal cents(BigDecimal price) {
        return price == null ? null : price.setScale(2, RoundingMode.HALF_UP);
    }

    /** How far the price moves, in percent of the old price (negative when it falls); null without an old price. */
    public BigDecimal changePercent() {
        if (oldPrice == null || newPrice == null || oldPrice.signum() == 0) {
            return null;
        }
        return newPrice.subtract(oldPrice).multiply(HUNDRED).divide(oldPrice, 1, RoundingMode.HALF_UP);
    }

    /** The margin the new price leaves above cost, in percent of the new price; null without a cost. */
    public BigDecimal marginPercent() {
        if (cost == null || newPrice == null || newPrice.signum() == 0) {
            return null;
        }
        return newPrice.subtract(cost).multiply(HUNDRED).divide(newPrice, 1, RoundingMode.HALF_UP);
    }

    /** "24.00 to 36.00 (+50.0 %), margin 78.3 %", for an approver's summary and the story. */
    public String described() {
        BigDecimal change = changePercent();
        BigDecimal margin = marginPercent();
        return (oldPrice == null ? "" : oldPrice.toPlainString() + " to ") + newPrice.toPlainString()
                + (change == null ? "" : " (" + (change.signum() > 0 ? "+" : "") + change.toPlainString() + " %)")
                + (margin == null ? "" : ", margin " + margin.toPlainString() + " %");
    }
}

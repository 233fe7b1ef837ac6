package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product as the connector reads it from the platform's catalogue.
 *
 * @param cost             what one unit costs the seller, for its margin; null when the store does not know it
 * @param promoPercentOff  the running promotion's percentage off the price; null when none runs
 * @param category         the catalogue section it is listed in; null when none
 */
public record Product(String sku, String title, BigDecimal price, BigDecimal cost, String currency, BigDecimal promoPercentOff,
                      int stock, String category) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean onPromotion() {
        return promoPercentOff != null && promoPercentOff.signum() > 0;
    }

    /** What a buyer pays: the price, less the running promotion's percentage, at two decimals. */
    public BigDecimal sellingPrice() {
        return sellingPrice(promoPercentOff);
    }

    /** What a buyer would pay under a promotion of {@code percentOff} (none when null). */
    public BigDecimal sellingPrice(BigDecimal percentOff) {
        BigDecimal paid = percentOff == null ? price : price.multiply(HUNDRED.subtract(percentOff)).divide(HUNDRED);
        return paid.setScale(2, RoundingMode.HALF_UP);
    }
}

package io.commerceresolver.changeset;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.tools.CatalogueEdit;

/**
 * One operation as it was asked for: a SKU and what to do to it. A price is set ({@code price}) or moved by a signed
 * percentage of the price the store shows ({@code adjustPercent}: -15 is 15 % lower); a promotion takes
 * {@code percentOff} (null ends the running one); a stock count is set.
 */
public record OperationSpec(OperationKind kind, String sku, BigDecimal price, String currency, BigDecimal adjustPercent,
                            BigDecimal percentOff, Integer stock) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static OperationSpec setPrice(String sku, BigDecimal price) {
        return new OperationSpec(OperationKind.PRICE, sku, price, null, null, null, null);
    }

    public static OperationSpec adjustPrice(String sku, BigDecimal percent) {
        return new OperationSpec(OperationKind.PRICE, sku, null, null, percent, null, null);
    }

    public static OperationSpec promotion(String sku, BigDecimal percentOff) {
        return new OperationSpec(OperationKind.PROMOTION, sku, null, null, null, percentOff, null);
    }

    public static OperationSpec stock(String sku, int count) {
        return new OperationSpec(OperationKind.STOCK, sku, null, null, null, null, count);
    }

    /**
     * The change as the catalogue playbook knows it, against the product as the store shows it now: a percentage
     * becomes the price it arrives at, to the cent. Null for a percentage of a product the store does not have.
     */
    public CatalogueEdit edit(Product current) {
        BigDecimal newPrice = price;
        if (kind == OperationKind.PRICE && adjustPercent != null) {
            if (current == null) {
                return null;
            }
            newPrice = current.price().multiply(HUNDRED.add(adjustPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
        return new CatalogueEdit(kind.edit(), sku, newPrice, currency, percentOff, stock, null, null);
    }

    /** What undoes this operation once made to {@code before}: the price, promotion or stock count the store showed. */
    public static OperationSpec undoing(OperationKind kind, Product before) {
        if (before == null) {
            return null;
        }
        return switch (kind) {
            case PRICE -> setPrice(before.sku(), before.price());
            case PROMOTION -> promotion(before.sku(), before.onPromotion() ? before.promoPercentOff() : null);
            case STOCK -> stock(before.sku(), before.stock());
        };
    }
}

package io.commerceresolver.changeset;

import java.math.BigDecimal;

import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.tools.CatalogueEdit;

/**
 * What a changeset's operation reads and writes of a product: its price, the running promotion's percentage off, what
 * a buyer pays, and the stock count. An operation keeps it as the store showed it before, and as it is to show it after.
 */
public record ProductState(String title, BigDecimal price, String currency, BigDecimal promoPercentOff, BigDecimal sellingPrice,
                           int stock) {

    /** Characters of a product's title kept with an operation: enough to tell it, never more than its column holds. */
    static final int MOST_TITLE = 200;

    public static ProductState of(Product product) {
        return product == null ? null : new ProductState(title(product.title()), product.price(), product.currency(),
                product.onPromotion() ? product.promoPercentOff() : null, product.sellingPrice(), product.stock());
    }

    private static String title(String title) {
        return title == null || title.length() <= MOST_TITLE ? title : title.substring(0, MOST_TITLE) + "…";
    }

    /** {@code before} with {@code edit} made to it. */
    public static ProductState after(Product before, CatalogueEdit edit) {
        Product changed = switch (edit.kind()) {
            case PRICE -> new Product(before.sku(), before.title(), edit.price(), before.cost(), before.currency(), before.promoPercentOff(),
                    before.stock(), before.category());
            case PROMOTION -> new Product(before.sku(), before.title(), before.price(), before.cost(), before.currency(), edit.percentOff(),
                    before.stock(), before.category());
            case STOCK -> new Product(before.sku(), before.title(), before.price(), before.cost(), before.currency(), before.promoPercentOff(),
                    edit.stock(), before.category());
            case NEW_PRODUCT -> throw new IllegalArgumentException("A changeset creates no product");
        };
        return of(changed);
    }
}

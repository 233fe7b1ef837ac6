package io.commerceresolver.intent;

/**
 * What a seller says about a product to create or restock: any field may be null. {@code quantity} is the stock
 * count ("40 pieces", "stock 20").
 */
public record ProductFields(String title, String sku, Amount price, Integer quantity, String category) {

    public boolean saysNothing() {
        return title == null && sku == null && price == null && quantity == null && category == null;
    }
}

package io.commerceresolver.connector;

/**
 * A product to add to the catalogue, as a seller lists it. The cost is not something a listing says, so the store
 * keeps none for it until the seller tells it.
 */
public record NewProduct(String sku, String title, Money price, int stock, String category) {
}

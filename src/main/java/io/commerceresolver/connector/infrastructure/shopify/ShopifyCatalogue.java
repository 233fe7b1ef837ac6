package io.commerceresolver.connector.infrastructure.shopify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.Variant;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.VariantsData;

/**
 * The catalogue as Shopify keeps it: a product of the resolver is a product variant, found by its SKU.
 * <p>
 * A promotion is what Shopify shows as a sale: the variant's {@code compareAtPrice} holds the regular price and its
 * {@code price} the reduced one. So the resolver's price is the compare-at price while a promotion runs, and its
 * percentage is read back from the two. Prices are set with {@code productVariantsBulkUpdate} (absolute values, so a
 * repeat changes nothing), stock counts with {@code inventorySetQuantities} under the caller's idempotency key.
 */
final class ShopifyCatalogue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ShopifyGraphQl shopify;
    private final String configuredLocation;
    private final AtomicReference<String> firstLocation = new AtomicReference<>();

    ShopifyCatalogue(ShopifyGraphQl shopify, String configuredLocation) {
        this.shopify = shopify;
        this.configuredLocation = configuredLocation;
    }

    /** The variant and the shop's currency, which Shopify keeps for the shop rather than for each price. */
    private record Found(Variant variant, String currency) {
    }

    Optional<Product> find(String sku) {
        return lookUp(sku).map(found -> toProduct(found.variant(), found.currency()));
    }

    Product updatePrice(String sku, Money newPrice) {
        Found found = require(sku);
        if (newPrice == null || !newPrice.isPositive()) {
            throw new ConnectorRejection("invalid_price", "A price must be a positive amount");
        }
        if (!newPrice.currency().equalsIgnoreCase(found.currency())) {
            throw new ConnectorRejection("currency_mismatch", "SKU " + sku + " is priced in " + found.currency() + ", the new price is in "
                    + newPrice.currency());
        }
        BigDecimal percent = toProduct(found.variant(), found.currency()).promoPercentOff();
        return writePrices(found, newPrice.amount(), percent);
    }

    Product setPromotion(String sku, BigDecimal percentOff) {
        Found found = require(sku);
        Product product = toProduct(found.variant(), found.currency());
        if (percentOff != null && (percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) >= 0)) {
            throw new ConnectorRejection("invalid_percentage", "A promotion takes more than 0 and less than 100 % off, not "
                    + percentOff.toPlainString() + " %");
        }
        if (percentOff == null && !product.onPromotion()) {
            throw new ConnectorRejection("no_promotion", "SKU " + sku + " runs no promotion to end");
        }
        return writePrices(found, product.price(), percentOff);
    }

    Product updateInventory(String sku, int stock, String idempotencyKey) {
        if (stock < 0) {
            throw new ConnectorRejection("negative_stock", "A stock count cannot be below zero (" + stock + ")");
        }
        Found found = require(sku);
        if (found.variant().inventoryItem() == null) {
            throw new ConnectorRejection("untracked_inventory", "Shopify keeps no inventory item for SKU " + sku);
        }
        ShopifyJson.InventoryInput input = new ShopifyJson.InventoryInput("available", "correction", true,
                List.of(new ShopifyJson.QuantityInput(found.variant().inventoryItem().id(), location(), stock)));
        ShopifyJson.InventorySetPayload set = shopify.execute("inventorySetQuantities", ShopifyQueries.INVENTORY_SET,
                new ShopifyJson.InventoryVariables(input, idempotencyKey), ShopifyJson.InventorySetData.class).inventorySetQuantities();
        ShopifyGraphQl.requireNoUserErrors("inventorySetQuantities", set.userErrors(), "stock_refused");
        Product before = toProduct(found.variant(), found.currency());
        return new Product(before.sku(), before.title(), before.price(), before.cost(), before.currency(), before.promoPercentOff(), stock,
                before.category());
    }

    /** The regular price, and the sale price under the promotion (none when {@code percentOff} is null). */
    private Product writePrices(Found found, BigDecimal regular, BigDecimal percentOff) {
        Variant variant = found.variant();
        BigDecimal price = percentOff == null ? regular
                : regular.multiply(HUNDRED.subtract(percentOff)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal compareAt = percentOff == null ? null : regular.setScale(2, RoundingMode.HALF_UP);
        ShopifyJson.VariantsUpdatePayload updated = shopify.execute("productVariantsBulkUpdate", ShopifyQueries.VARIANTS_UPDATE,
                new ShopifyJson.VariantsVariables(variant.product().id(), List.of(new ShopifyJson.VariantInput(variant.id(),
                        price.setScale(2, RoundingMode.HALF_UP), compareAt))), ShopifyJson.VariantsUpdateData.class).productVariantsBulkUpdate();
        ShopifyGraphQl.requireNoUserErrors("productVariantsBulkUpdate", updated.userErrors(), "price_refused");
        Variant after = new Variant(variant.id(), variant.sku(), price, compareAt, variant.inventoryQuantity(), variant.inventoryItem(),
                variant.product());
        return toProduct(after, found.currency());
    }

    private Found require(String sku) {
        return lookUp(sku).orElseThrow(() -> new ConnectorRejection("unknown_sku", "No product with SKU " + sku + " in the Shopify shop"));
    }

    private Optional<Found> lookUp(String sku) {
        if (sku == null || sku.isBlank() || sku.contains("\"") || sku.contains("\\")) {
            return Optional.empty();
        }
        VariantsData data = shopify.execute("productVariants", ShopifyQueries.VARIANT_BY_SKU,
                new ShopifyJson.SearchVariables("sku:\"" + sku + "\""), VariantsData.class);
        String currency = data.shop() == null ? null : data.shop().currencyCode();
        // the search is by prefix as well: only the exact SKU counts
        return data.productVariants() == null ? Optional.empty() : data.productVariants().nodes().stream()
                .filter(v -> sku.equals(v.sku())).findFirst().map(v -> new Found(v, currency));
    }

    private String location() {
        if (configuredLocation != null) {
            return configuredLocation;
        }
        String known = firstLocation.get();
        if (known != null) {
            return known;
        }
        String first = shopify.execute("locations", ShopifyQueries.FIRST_LOCATION, null, ShopifyJson.LocationsData.class).locations()
                .nodes().stream().findFirst().map(ShopifyJson.Node::id)
                .orElseThrow(() -> new ConnectorRejection("no_location", "The Shopify shop has no location to keep stock at"));
        firstLocation.compareAndSet(null, first);
        return first;
    }

    static Product toProduct(Variant variant, String currency) {
        boolean onSale = variant.compareAtPrice() != null && variant.price() != null && variant.compareAtPrice().compareTo(variant.price()) > 0;
        BigDecimal regular = onSale ? variant.compareAtPrice() : variant.price();
        BigDecimal percent = onSale ? HUNDRED.subtract(variant.price().multiply(HUNDRED).divide(variant.compareAtPrice(), 2, RoundingMode.HALF_UP))
                : null;
        BigDecimal cost = variant.inventoryItem() == null || variant.inventoryItem().unitCost() == null ? null
                : variant.inventoryItem().unitCost().amount();
        return new Product(variant.sku(), variant.product() == null ? null : variant.product().title(), regular, cost, currency, percent,
                variant.inventoryQuantity() == null ? 0 : variant.inventoryQuantity(),
                variant.product() == null || variant.product().productType() == null || variant.product().productType().isBlank() ? null
                        : variant.product().productType());
    }
}

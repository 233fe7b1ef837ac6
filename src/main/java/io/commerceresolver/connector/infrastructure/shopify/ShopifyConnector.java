package io.commerceresolver.connector.infrastructure.shopify;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.infrastructure.VendorAdapter;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Tracking;

/**
 * A Shopify shop through the GraphQL Admin API (Shopify made its REST Admin API legacy in October 2024). The parts,
 * one concern each: {@link ShopifyGraphQl} the endpoint and its failures, {@link ShopifyOrders} reading orders,
 * {@link ShopifyRefunds} money back, {@link ShopifyOrderChanges} cancellations and addresses, {@link ShopifyCatalogue}
 * products, prices and stock.
 * <p>
 * Return labels, replacement orders, new products and customer messages are not made through Shopify here: they are
 * refused as {@code unsupported}, and a tenant gives them to another connector (shipping, messaging) or a person.
 */
public final class ShopifyConnector extends VendorAdapter {

    private final ShopifyGraphQl shopify;
    private final ShopifyOrders orders;
    private final ShopifyRefunds refunds;
    private final ShopifyOrderChanges changes;
    private final ShopifyCatalogue catalogue;

    public ShopifyConnector(HttpClient http, ConnectorSettings settings, String accessToken, Duration timeout, Clock clock) {
        super("Shopify", clock);
        this.shopify = new ShopifyGraphQl(http, settings.baseUrl(), settings.apiVersion(), accessToken, timeout);
        this.orders = new ShopifyOrders(shopify);
        this.refunds = new ShopifyRefunds(shopify, orders);
        this.changes = new ShopifyOrderChanges(shopify, orders);
        this.catalogue = new ShopifyCatalogue(shopify, settings.locationId());
    }

    /** Reads the shop's name: a valid token can, a refused one cannot. */
    @Override
    public LiveCheck check() {
        return liveCheck(() -> {
            ShopifyJson.Shop shop = shopify.execute("shop", ShopifyQueries.SHOP, null, ShopifyJson.ShopData.class).shop();
            return "Shopify shop " + (shop == null ? "?" : shop.name()) + " answered";
        });
    }

    @Override
    public Optional<Order> getOrder(String tenantId, String orderId) {
        return orders.find(orderId).map(ShopifyOrders::toOrder);
    }

    @Override
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        return changes.cancel(orderId, reason, idempotencyKey);
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        return ShopifyOrders.toRefund(refunds.refund(orderId, amount, "", reason, idempotencyKey), orderId, amount.currency());
    }

    @Override
    public Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey) {
        return changes.updateAddress(orderId, newAddress);
    }

    @Override
    public Tracking getTracking(String tenantId, String orderId) {
        return ShopifyOrders.toTracking(orders.require(orderId));
    }



    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        return ShopifyOrders.toDiscount(refunds.refund(orderId, amount, ShopifyOrders.GOODWILL, reason, idempotencyKey), orderId,
                amount.currency());
    }


    @Override
    public Optional<Product> getProduct(String tenantId, String sku) {
        return catalogue.find(sku);
    }

    @Override
    public Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey) {
        return catalogue.updatePrice(sku, newPrice);
    }

    @Override
    public Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey) {
        return catalogue.setPromotion(sku, percentOff);
    }

    @Override
    public Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey) {
        return catalogue.updateInventory(sku, stock, idempotencyKey);
    }

}

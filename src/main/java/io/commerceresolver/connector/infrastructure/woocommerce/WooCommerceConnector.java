package io.commerceresolver.connector.infrastructure.woocommerce;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.infrastructure.VendorAdapter;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.infrastructure.woocommerce.WooJson.WooOrder;

/**
 * A WooCommerce store through its REST API v3: orders, refunds (goodwill among them), cancellations and addresses.
 * WooCommerce's core keeps no shipment tracking, so tracking is the order's status and completion date. The
 * catalogue, return labels, replacements and messages are not served by it here ({@link VendorAdapter}).
 */
public final class WooCommerceConnector extends VendorAdapter {

    private final WooRest woo;
    private final WooOrders orders;

    public WooCommerceConnector(HttpClient http, ConnectorSettings settings, String consumerKey, String consumerSecret, Duration timeout,
                                Clock clock) {
        super("WooCommerce", clock);
        this.woo = new WooRest(http, settings.baseUrl(), consumerKey, consumerSecret, timeout);
        this.orders = new WooOrders(woo);
    }

    /** Reads one page of one order: what a key allowed to read orders can do, and a refused one cannot. */
    @Override
    public LiveCheck check() {
        return liveCheck(() -> {
            woo.get("/orders?per_page=1", WooOrder[].class);
            return "WooCommerce accepted the consumer key";
        });
    }

    @Override
    public Optional<Order> getOrder(String tenantId, String orderId) {
        return orders.find(orderId).map(WooOrders::toOrder);
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        return WooOrders.toRefund(orders.refund(orderId, amount, "", reason, idempotencyKey), orderId, amount.currency());
    }

    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        return WooOrders.toDiscount(orders.refund(orderId, amount, WooOrders.GOODWILL, reason, idempotencyKey), orderId, amount.currency());
    }

    /**
     * Returns what is left of the payment (under the caller's key, so a retry finds it), then marks the order
     * cancelled: WooCommerce's own cancellation returns no money.
     */
    @Override
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        Order order = WooOrders.toOrder(orders.require(orderId));
        if (order.status() == OrderStatus.CANCELLED) {
            return order;
        }
        if (order.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped", "Order " + orderId + " is completed and can no longer be cancelled");
        }
        if (order.refundableBalance().signum() > 0) {
            orders.refund(orderId, new Money(order.refundableBalance(), order.currency()), "", reason, idempotencyKey);
        }
        return WooOrders.toOrder(woo.put("/orders/" + orderId, new WooJson.StatusChange("cancelled"), WooOrder.class));
    }

    @Override
    public Order updateAddress(String tenantId, String orderId, Address address, String idempotencyKey) {
        Order order = WooOrders.toOrder(orders.require(orderId));
        if (order.status() == OrderStatus.CANCELLED) {
            throw new ConnectorRejection("order_cancelled", "Order " + orderId + " is cancelled");
        }
        if (order.status().hasLeftTheWarehouse()) {
            throw new ConnectorRejection("order_already_shipped", "Order " + orderId + " has already shipped; its address can no longer change");
        }
        if (address == null || address.line1() == null || address.city() == null || address.postalCode() == null || address.country() == null) {
            throw new ConnectorRejection("invalid_address", "The new address is not usable: line1, city, postal code and country are required");
        }
        String name = address.name() != null && !address.name().isBlank() ? address.name().strip() : order.shippingAddress() == null ? ""
                : order.shippingAddress().name();
        int space = name.lastIndexOf(' ');
        WooJson.Contact shipping = new WooJson.Contact(space < 0 ? name : name.substring(0, space), space < 0 ? null : name.substring(space + 1),
                null, address.line1(), address.line2(), address.city(), address.region(), address.postalCode(),
                address.country().toUpperCase(Locale.ROOT));
        return WooOrders.toOrder(woo.put("/orders/" + orderId, new WooJson.ShippingChange(shipping), WooOrder.class));
    }

    @Override
    public Tracking getTracking(String tenantId, String orderId) {
        Order order = WooOrders.toOrder(orders.require(orderId));
        return new Tracking(order.id(), order.status(), null, null, order.shippedAt(), null, null, null);
    }








}

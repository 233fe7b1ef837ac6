package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connector every caller gets: each call goes to the adapter the tenant configured for the call's capability, or
 * to the default store (the sandbox) where it configured none. It adds no retries of its own: callers make their calls
 * through {@link ConnectorCalls}, and retrying here as well would multiply the attempts.
 */
public final class TenantRoutedConnector implements CommerceConnector {

    private final ConnectorRegistry registry;
    private final CommerceConnector defaultStore;

    public TenantRoutedConnector(ConnectorRegistry registry, CommerceConnector defaultStore) {
        this.registry = registry;
        this.defaultStore = defaultStore;
    }

    private CommerceConnector serving(String tenantId, Capability capability) {
        return registry.connectorFor(tenantId, capability).orElse(defaultStore);
    }

    @Override
    public Optional<Order> getOrder(String tenantId, String orderId) {
        return serving(tenantId, Capability.ORDERS).getOrder(tenantId, orderId);
    }

    @Override
    public Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey) {
        return serving(tenantId, Capability.ORDERS).cancelOrder(tenantId, orderId, reason, idempotencyKey);
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        return serving(tenantId, Capability.PAYMENTS).issueRefund(tenantId, orderId, amount, reason, idempotencyKey);
    }

    @Override
    public Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey) {
        return serving(tenantId, Capability.ORDERS).updateAddress(tenantId, orderId, newAddress, idempotencyKey);
    }

    /**
     * The order's own fulfilments carry its tracking on every platform; where the tenant follows its shipments through
     * a shipping connector of its own (Shippo), the carrier's word is asked of it too.
     */
    @Override
    public Tracking getTracking(String tenantId, String orderId) {
        CommerceConnector orders = serving(tenantId, Capability.ORDERS);
        Tracking known = orders.getTracking(tenantId, orderId);
        CommerceConnector shipping;
        try {
            shipping = serving(tenantId, Capability.SHIPPING);
        } catch (ConnectorRejection noShippingConfigured) {
            return known;
        }
        return shipping == orders ? known : shipping.trackShipment(tenantId, known);
    }

    /**
     * Where the orders and the labels are in one store, that store makes the label from its own order; otherwise the
     * order is read from the orders connector and handed to the shipping one, which keeps no orders of its own.
     */
    @Override
    public ReturnLabel createReturnLabel(String tenantId, String orderId, String idempotencyKey) {
        CommerceConnector shipping = serving(tenantId, Capability.SHIPPING);
        CommerceConnector orders = serving(tenantId, Capability.ORDERS);
        if (shipping == orders) {
            return shipping.createReturnLabel(tenantId, orderId, idempotencyKey);
        }
        Order order = orders.getOrder(tenantId, orderId)
                .orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + orderId + " in the store"));
        return shipping.createReturnLabel(tenantId, order, idempotencyKey);
    }

    @Override
    public ReturnLabel createReturnLabel(String tenantId, Order order, String idempotencyKey) {
        return serving(tenantId, Capability.SHIPPING).createReturnLabel(tenantId, order, idempotencyKey);
    }

    /** Asked of the system that issues the tenant's labels, which is not always the one that keeps its orders. */
    @Override
    public Optional<ReturnLabel> findReturnLabel(String tenantId, String orderId, String labelId) {
        return serving(tenantId, Capability.SHIPPING).findReturnLabel(tenantId, orderId, labelId);
    }

    @Override
    public Replacement createReplacement(String tenantId, String orderId, List<String> skus, String idempotencyKey) {
        return serving(tenantId, Capability.ORDERS).createReplacement(tenantId, orderId, skus, idempotencyKey);
    }

    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        // goodwill is money back to the customer, so it is moved where refunds are
        return serving(tenantId, Capability.PAYMENTS).applyDiscount(tenantId, orderId, amount, reason, idempotencyKey);
    }

    @Override
    public NotificationSent sendNotification(String tenantId, Notification notification, String idempotencyKey) {
        return serving(tenantId, Capability.MESSAGING).sendNotification(tenantId, notification, idempotencyKey);
    }

    @Override
    public Optional<Product> getProduct(String tenantId, String sku) {
        return serving(tenantId, Capability.CATALOGUE).getProduct(tenantId, sku);
    }

    @Override
    public Map<String, Product> getProducts(String tenantId, Collection<String> skus) {
        return serving(tenantId, Capability.CATALOGUE).getProducts(tenantId, skus);
    }

    @Override
    public Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey) {
        return serving(tenantId, Capability.CATALOGUE).updatePrice(tenantId, sku, newPrice, idempotencyKey);
    }

    @Override
    public Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey) {
        return serving(tenantId, Capability.CATALOGUE).setPromotion(tenantId, sku, percentOff, idempotencyKey);
    }

    @Override
    public Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey) {
        return serving(tenantId, Capability.CATALOGUE).updateInventory(tenantId, sku, stock, idempotencyKey);
    }

    @Override
    public Product createProduct(String tenantId, NewProduct product, String idempotencyKey) {
        return serving(tenantId, Capability.CATALOGUE).createProduct(tenantId, product, idempotencyKey);
    }
}

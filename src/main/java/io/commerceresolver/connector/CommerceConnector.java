package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commerce platform as the playbooks see it: the verbs of the resolver design, one method each.
 * Every write takes the caller's idempotency key; calling it again with the same key returns the
 * first result and changes nothing, so a retried playbook step can never refund twice.
 * A refusal by the platform (no such order, nothing left to refund) is a {@link ConnectorRejection}; a vendor
 * that cannot answer now throws another {@link ConnectorFailure}. Callers go through {@link ConnectorCalls}, which
 * retries what may succeed later and tells them when to park the work.
 */
public interface CommerceConnector {

    Optional<Order> getOrder(String tenantId, String orderId);

    /**
     * Cancels an order that has not left the warehouse and returns what was captured of its payment, as the
     * platforms' cancellations do (Shopify's {@code orderCancel} with {@code refund: true}): the answer shows the order
     * cancelled and its refunded total up to its total.
     */
    Order cancelOrder(String tenantId, String orderId, String reason, String idempotencyKey);

    Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey);

    Order updateAddress(String tenantId, String orderId, Address newAddress, String idempotencyKey);

    Tracking getTracking(String tenantId, String orderId);

    ReturnLabel createReturnLabel(String tenantId, String orderId, String idempotencyKey);

    /**
     * Issues a return label for an order read from the tenant's orders connector: a shipping vendor keeps no orders, so
     * it is handed the customer's address with the order. A store that keeps both reads its own order
     * ({@link #createReturnLabel(String, String, String)}), which is what this does unless overridden.
     */
    default ReturnLabel createReturnLabel(String tenantId, Order order, String idempotencyKey) {
        return createReturnLabel(tenantId, order.id(), idempotencyKey);
    }

    /**
     * The return label as the system that issued it shows it now, or empty when it shows none (never made, voided, or
     * lost), so that a read-back can tell a label issued from one that was only answered. A store that keeps its labels
     * with the order answers from the order, which is what this does unless overridden.
     */
    default Optional<ReturnLabel> findReturnLabel(String tenantId, String orderId, String labelId) {
        return getOrder(tenantId, orderId).flatMap(order -> order.returnLabels().stream().filter(label -> label.id().equals(labelId)).findFirst());
    }

    /**
     * What the carrier itself says of a shipment the orders connector told of ({@code known}: its carrier and tracking
     * number), where this connector follows shipments apart from the store (Shippo's tracking); the answer of the store
     * where it does not, or where the carrier says nothing more.
     */
    default Tracking trackShipment(String tenantId, Tracking known) {
        return known;
    }

    Replacement createReplacement(String tenantId, String orderId, List<String> skus, String idempotencyKey);

    Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey);

    NotificationSent sendNotification(String tenantId, Notification notification, String idempotencyKey);

    // The catalogue: a seller's products. Each write answers with the product as the store now has it.

    Optional<Product> getProduct(String tenantId, String sku);

    /**
     * The products among {@code skus} the catalogue has, by SKU (a SKU it lacks is left out). A vendor that can read
     * many at once answers in few requests; otherwise one read per SKU.
     */
    default Map<String, Product> getProducts(String tenantId, Collection<String> skus) {
        Map<String, Product> found = new LinkedHashMap<>();
        for (String sku : skus) {
            getProduct(tenantId, sku).ifPresent(product -> found.put(sku, product));
        }
        return found;
    }

    /** Sets the product's price; refused in another currency than the product's, or at nothing or less. */
    Product updatePrice(String tenantId, String sku, Money newPrice, String idempotencyKey);

    /**
     * Starts or changes the product's promotion at {@code percentOff} off its price (above 0, below 100), or ends it
     * when {@code percentOff} is null.
     */
    Product setPromotion(String tenantId, String sku, BigDecimal percentOff, String idempotencyKey);

    /** Sets the stock count (a count, not a delivery to add); refused below zero. */
    Product updateInventory(String tenantId, String sku, int stock, String idempotencyKey);

    /** Lists a new product; refused when the SKU is already in the catalogue. */
    Product createProduct(String tenantId, NewProduct product, String idempotencyKey);
}

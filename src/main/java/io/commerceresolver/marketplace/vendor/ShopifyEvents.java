package io.commerceresolver.marketplace.vendor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.connector.VendorVocabulary.DisputeStatus;
import io.commerceresolver.marketplace.StoreChange;
import io.commerceresolver.marketplace.StoreChange.DisputeFact;
import io.commerceresolver.marketplace.StoreChange.InventoryFact;
import io.commerceresolver.marketplace.StoreChange.OrderFact;
import io.commerceresolver.marketplace.StoreChange.ProductFact;
import io.commerceresolver.marketplace.StoreChange.RefundFact;

/**
 * Shopify's webhook topics ({@code X-Shopify-Topic}) and their JSON bodies, which keep the shape of the Admin
 * resources: an order, a refund, an inventory level, a product, a dispute.
 */
final class ShopifyEvents {

    record Customer(String email) {
    }

    record Transaction(String amount, String currency, String kind, String status) {
        boolean refunded() {
            return "refund".equals(kind) && "success".equals(status);
        }
    }

    record Refund(String id, String orderId, String createdAt, List<Transaction> transactions) {
        List<Transaction> refunds() {
            return transactions == null ? List.of() : transactions.stream().filter(Transaction::refunded).toList();
        }

        BigDecimal amount() {
            return refunds().stream().map(t -> VendorJson.amount(t.amount(), "transactions.amount"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record Fulfillment(String shipmentStatus) {
    }

    record Order(String id, String name, String email, Customer customer, String currency, String totalPrice,
                 String financialStatus, String fulfillmentStatus, String cancelledAt, String updatedAt,
                 List<Refund> refunds, List<Fulfillment> fulfillments) {
    }

    record InventoryLevel(String inventoryItemId, String locationId, Integer available, String updatedAt) {
    }

    record Variant(String id, String sku, String price, Integer inventoryQuantity) {
    }

    record Product(String id, String title, String status, String updatedAt, List<Variant> variants) {
    }

    record Dispute(String id, String orderId, String type, String amount, String currency, String reason, String status,
                   String initiatedAt, String evidenceSentOn, String finalizedOn) {
    }

    private ShopifyEvents() {
    }

    static StoreChange read(String topic, String payload) {
        return switch (topic) {
            case "orders/create", "orders/updated", "orders/cancelled", "orders/fulfilled", "orders/partially_fulfilled",
                 "orders/paid", "orders/edited" -> order(VendorJson.read(payload, Order.class, "a Shopify order"));
            case "refunds/create" -> refund(VendorJson.read(payload, Refund.class, "a Shopify refund"));
            case "inventory_levels/update", "inventory_levels/connect" ->
                    inventory(VendorJson.read(payload, InventoryLevel.class, "a Shopify inventory level"));
            case "products/create", "products/update" -> product(VendorJson.read(payload, Product.class, "a Shopify product"));
            case "disputes/create", "disputes/update" -> dispute(VendorJson.read(payload, Dispute.class, "a Shopify dispute"));
            default -> new StoreChange.Ignored("Shopify topic " + topic + " is not one the resolver keeps");
        };
    }

    private static OrderFact order(Order order) {
        require(order.id(), "id");
        boolean delivered = order.fulfillments() != null && !order.fulfillments().isEmpty()
                && order.fulfillments().stream().allMatch(f -> "delivered".equals(f.shipmentStatus()));
        OrderStatus status = VendorVocabulary.shopifyOrder(order.fulfillmentStatus(), order.cancelledAt() != null,
                        delivered ? "delivered" : null)
                .orElseThrow(() -> new UnreadableEvent("Field 'fulfillment_status' has a value Shopify does not document: "
                        + order.fulfillmentStatus()));
        BigDecimal refunded = order.refunds() == null ? BigDecimal.ZERO
                : order.refunds().stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String email = order.email() != null ? order.email() : order.customer() == null ? null : order.customer().email();
        return new OrderFact(order.id(), order.name(), status, order.cancelledAt() != null ? "cancelled" : order.fulfillmentStatus(),
                order.financialStatus(), VendorJson.currencyCode(order.currency(), "currency"),
                VendorJson.amount(order.totalPrice(), "total_price"), refunded, email, time(order.updatedAt(), "updated_at"));
    }

    private static RefundFact refund(Refund refund) {
        require(refund.id(), "id");
        String currency = refund.refunds().stream().map(Transaction::currency).filter(c -> c != null).findFirst().orElse(null);
        return new RefundFact(refund.id(), refund.orderId(), refund.amount(), VendorJson.currencyCode(currency, "transactions.currency"),
                refund.refunds().isEmpty() ? "pending" : "success", time(refund.createdAt(), "created_at"));
    }

    private static InventoryFact inventory(InventoryLevel level) {
        require(level.inventoryItemId(), "inventory_item_id");
        return new InventoryFact(level.inventoryItemId(), level.locationId(), level.available(), time(level.updatedAt(), "updated_at"));
    }

    private static ProductFact product(Product product) {
        require(product.id(), "id");
        List<ProductFact.Variant> variants = product.variants() == null ? List.of() : product.variants().stream()
                .map(v -> new ProductFact.Variant(v.id(), v.sku(), VendorJson.amount(v.price(), "variants.price"), v.inventoryQuantity()))
                .toList();
        return new ProductFact(product.id(), product.title(), product.status(), variants, time(product.updatedAt(), "updated_at"));
    }

    private static DisputeFact dispute(Dispute dispute) {
        require(dispute.id(), "id");
        DisputeStatus status = VendorVocabulary.shopifyDispute(dispute.status())
                .orElseThrow(() -> new UnreadableEvent("Field 'status' has a value Shopify does not document: " + dispute.status()));
        // a dispute changes when evidence is sent and when it is decided; the latest of its times is its version
        Instant asOf = Stream.of(VendorJson.offsetTime(dispute.initiatedAt(), "initiated_at"),
                        VendorJson.offsetTime(dispute.evidenceSentOn(), "evidence_sent_on"),
                        VendorJson.offsetTime(dispute.finalizedOn(), "finalized_on"))
                .filter(t -> t != null).max(Instant::compareTo)
                .orElseThrow(() -> new UnreadableEvent("Field 'initiated_at' is required"));
        return new DisputeFact(dispute.id(), dispute.orderId(), null, VendorJson.amount(dispute.amount(), "amount"),
                VendorJson.currencyCode(dispute.currency(), "currency"), dispute.reason(), status, dispute.status(), asOf);
    }

    private static Instant time(String text, String field) {
        Instant time = VendorJson.offsetTime(text, field);
        if (time == null) {
            throw new UnreadableEvent("Field '" + field + "' is required");
        }
        return time;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("Field '" + field + "' is required");
        }
    }
}

package io.commerceresolver.marketplace.vendor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.marketplace.StoreChange;
import io.commerceresolver.marketplace.StoreChange.OrderFact;
import io.commerceresolver.marketplace.StoreChange.ProductFact;

/**
 * WooCommerce's webhook topics ({@code X-WC-Webhook-Topic}, e.g. {@code order.updated}) and their bodies, the REST v3
 * resources. Its times are the {@code *_gmt} fields: the others are in the shop's own time zone, which the body
 * does not name.
 */
final class WooCommerceEvents {

    record Billing(String email) {
    }

    /** A refund as listed on its order: the total is negative ("-5.00"). */
    record Refund(String id, String total) {
    }

    record Order(String id, String number, String status, String currency, String total, String dateModifiedGmt, Billing billing,
                 List<Refund> refunds) {
    }

    record Product(String id, String name, String status, String sku, String price, Integer stockQuantity, String dateModifiedGmt) {
    }

    private WooCommerceEvents() {
    }

    static StoreChange read(String topic, String payload) {
        return switch (topic) {
            case "order.created", "order.updated", "order.restored" -> order(VendorJson.read(payload, Order.class, "a WooCommerce order"));
            case "product.created", "product.updated", "product.restored" -> product(VendorJson.read(payload, Product.class, "a WooCommerce product"));
            case "order.deleted", "product.deleted" -> new StoreChange.Ignored(
                    "WooCommerce topic " + topic + ": moved to the bin; the resolver keeps the last state it was told");
            default -> new StoreChange.Ignored("WooCommerce topic " + topic + " is not one the resolver keeps");
        };
    }

    private static OrderFact order(Order order) {
        require(order.id(), "id");
        OrderStatus status = VendorVocabulary.wooCommerceOrder(order.status())
                .orElseThrow(() -> new UnreadableEvent("Field 'status' is not a WooCommerce order status: " + order.status()));
        BigDecimal refunded = order.refunds() == null ? BigDecimal.ZERO : order.refunds().stream()
                .map(r -> VendorJson.amount(r.total(), "refunds.total")).filter(a -> a != null)
                .map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderFact(order.id(), order.number(), status, order.status(), null, VendorJson.currencyCode(order.currency(), "currency"),
                VendorJson.amount(order.total(), "total"), refunded, order.billing() == null ? null : order.billing().email(),
                time(order.dateModifiedGmt()));
    }

    /** A simple product is its own only variant; its stock is WooCommerce's stock_quantity (null when not managed). */
    private static StoreChange product(Product product) {
        require(product.id(), "id");
        Instant asOf = time(product.dateModifiedGmt());
        return new ProductFact(product.id(), product.name(), product.status(),
                List.of(new ProductFact.Variant(product.id(), product.sku(), VendorJson.amount(product.price(), "price"), product.stockQuantity())),
                asOf);
    }

    private static Instant time(String gmt) {
        Instant time = VendorJson.gmtTime(gmt, "date_modified_gmt");
        if (time == null) {
            throw new UnreadableEvent("Field 'date_modified_gmt' is required");
        }
        return time;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("Field '" + field + "' is required");
        }
    }
}

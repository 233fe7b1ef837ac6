package io.commerceresolver.connector.infrastructure.shopify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.Fulfillment;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.LineItem;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.MailingAddress;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.OrderRefund;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.Page;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.ShopifyOrder;

/**
 * Orders as Shopify keeps them, read and shown in the port's shape. The resolver names an order as its customer does,
 * by its name without the {@code #} ({@code 1001}); a Shopify GID is taken as well.
 * <p>
 * What the resolver did to an order is told from the order itself, so that a read-back sees it: each refund's note
 * ends with the resolver's idempotency key ({@link #noteFor}), which is also how a write that was made but whose answer
 * was lost is found again; a goodwill credit is a refund whose note starts with {@link #GOODWILL}.
 */
final class ShopifyOrders {

    static final String GID_PREFIX = "gid://shopify/Order/";
    static final String GOODWILL = "Goodwill: ";
    private static final String KEY_MARK = " [resolver ";

    private final ShopifyGraphQl shopify;

    ShopifyOrders(ShopifyGraphQl shopify) {
        this.shopify = shopify;
    }

    /** The order as Shopify has it now, all its line items read page by page; empty when there is none of that name. */
    Optional<ShopifyOrder> find(String orderId) {
        Optional<ShopifyOrder> found;
        if (orderId.startsWith(GID_PREFIX)) {
            found = Optional.ofNullable(shopify.execute("order", ShopifyQueries.ORDER_BY_ID, new ShopifyJson.IdVariables(orderId),
                    ShopifyJson.OrderData.class).order());
        } else {
            Page<ShopifyOrder> page = shopify.execute("orders", ShopifyQueries.ORDER_BY_NAME,
                    new ShopifyJson.SearchVariables("name:#" + orderId), ShopifyJson.OrdersData.class).orders();
            // the search matches by prefix too (#1001 finds #10010): only the exact name counts
            found = page == null ? Optional.empty() : page.nodes().stream().filter(o -> orderId.equals(nameOf(o))).findFirst();
        }
        return found.map(this::withAllLineItems);
    }

    ShopifyOrder require(String orderId) {
        return find(orderId).orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + orderId + " in the Shopify shop"));
    }

    private ShopifyOrder withAllLineItems(ShopifyOrder order) {
        Page<LineItem> page = order.lineItems();
        if (page == null || page.pageInfo() == null || !page.pageInfo().hasNextPage()) {
            return order;
        }
        List<LineItem> all = new ArrayList<>(page.nodes());
        String cursor = page.pageInfo().endCursor();
        boolean more = true;
        while (more) {
            Page<LineItem> next = shopify.execute("order line items", ShopifyQueries.MORE_LINE_ITEMS,
                    new ShopifyJson.PageVariables(order.id(), cursor), ShopifyJson.OrderLinesData.class).order().lineItems();
            all.addAll(next.nodes());
            more = next.pageInfo() != null && next.pageInfo().hasNextPage() && next.pageInfo().endCursor() != null;
            cursor = more ? next.pageInfo().endCursor() : null;
        }
        return order.withLineItems(new Page<>(all, null));
    }

    /** The order in the port's words; its status through {@link VendorVocabulary}, the one place vendor words are read. */
    static Order toOrder(ShopifyOrder order) {
        String id = nameOf(order);
        Optional<Fulfillment> latest = latestFulfillment(order);
        boolean delivered = order.fulfillments().stream().anyMatch(f -> f.deliveredAt() != null || "DELIVERED".equalsIgnoreCase(f.displayStatus()));
        OrderStatus status = VendorVocabulary.shopifyOrder(order.displayFulfillmentStatus(), order.cancelledAt() != null,
                delivered ? "delivered" : null).orElseThrow(() -> new ConnectorRejection("unknown_order_status",
                "Shopify shows order " + id + " as " + order.displayFulfillmentStatus() + ", a fulfilment status the resolver does not know"));
        String currency = order.currencyCode();
        List<Order.OrderLine> lines = order.lineItems() == null ? List.of() : order.lineItems().nodes().stream()
                .map(line -> new Order.OrderLine(line.sku(), line.quantity(),
                        line.originalUnitPriceSet() == null ? null : line.originalUnitPriceSet().amount())).toList();
        List<Discount> goodwill = order.refunds().stream().filter(r -> r.note() != null && r.note().startsWith(GOODWILL))
                .map(r -> new Discount(r.id(), id, new Money(r.totalRefundedSet().amount(), currency), reasonOf(r.note()), r.createdAt()))
                .toList();
        MailingAddress to = order.shippingAddress();
        Address address = to == null ? null : new Address(to.name(), to.address1(), to.address2(), to.city(), to.provinceCode(), to.zip(),
                to.countryCodeV2());
        return new Order(id, order.customer() == null ? null : order.customer().id(), order.email(),
                order.customer() != null && order.customer().displayName() != null ? order.customer().displayName() : to == null ? null : to.name(),
                status, currency, order.totalPriceSet().amount(), order.totalRefundedSet() == null ? java.math.BigDecimal.ZERO
                : order.totalRefundedSet().amount(), order.createdAt(),
                latest.map(f -> f.inTransitAt() != null ? f.inTransitAt() : f.createdAt()).orElse(null),
                latest.map(Fulfillment::deliveredAt).orElse(null),
                latest.flatMap(f -> f.trackingInfo().stream().findFirst()).map(ShopifyJson.TrackingInfo::company).orElse(null),
                latest.flatMap(f -> f.trackingInfo().stream().findFirst()).map(ShopifyJson.TrackingInfo::number).orElse(null),
                address, lines, goodwill, List.of(), List.of(),
                latest.map(Fulfillment::estimatedDeliveryAt).orElse(null), latest.map(Fulfillment::displayStatus).orElse(null));
    }

    static Tracking toTracking(ShopifyOrder shopifyOrder) {
        Order order = toOrder(shopifyOrder);
        return new Tracking(order.id(), order.status(), order.carrier(), order.trackingNumber(), order.shippedAt(), order.deliveredAt(),
                order.promisedAt(), order.carrierStatus());
    }

    /** The refund the resolver made under this key, if the order shows one. */
    static Optional<OrderRefund> refundMadeWith(ShopifyOrder order, String idempotencyKey) {
        String mark = KEY_MARK + idempotencyKey + "]";
        return order.refunds().stream().filter(r -> r.note() != null && r.note().endsWith(mark)).findFirst();
    }

    static Refund toRefund(OrderRefund refund, String orderId, String currency) {
        return new Refund(refund.id(), orderId, new Money(refund.totalRefundedSet().amount(), currency), reasonOf(refund.note()),
                refund.createdAt());
    }

    static Discount toDiscount(OrderRefund refund, String orderId, String currency) {
        return new Discount(refund.id(), orderId, new Money(refund.totalRefundedSet().amount(), currency), reasonOf(refund.note()),
                refund.createdAt());
    }

    /** The staff note of a refund: the reason, then the key that makes it findable again. */
    static String noteFor(String prefix, String reason, String idempotencyKey) {
        return prefix + (reason == null ? "" : reason) + KEY_MARK + idempotencyKey + "]";
    }

    private static String reasonOf(String note) {
        if (note == null) {
            return null;
        }
        String reason = note.startsWith(GOODWILL) ? note.substring(GOODWILL.length()) : note;
        int mark = reason.lastIndexOf(KEY_MARK);
        return mark >= 0 ? reason.substring(0, mark) : reason;
    }

    static String nameOf(ShopifyOrder order) {
        String name = order.name();
        return name != null && name.startsWith("#") ? name.substring(1) : name;
    }

    private static Optional<Fulfillment> latestFulfillment(ShopifyOrder order) {
        return order.fulfillments().stream().filter(f -> f.createdAt() != null).max(Comparator.comparing(Fulfillment::createdAt));
    }
}

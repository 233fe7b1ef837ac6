package io.commerceresolver.connector.infrastructure.woocommerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.connector.infrastructure.woocommerce.WooJson.Contact;
import io.commerceresolver.connector.infrastructure.woocommerce.WooJson.WooOrder;
import io.commerceresolver.connector.infrastructure.woocommerce.WooJson.WooRefund;

/**
 * Orders and refunds in WooCommerce. WooCommerce takes no idempotency key, so a refund carries the resolver's key at
 * the end of its reason, and a refund already listed under the key is the answer to a retry; a goodwill credit is a
 * refund whose reason starts with {@link #GOODWILL}. (Two calls with one key at the very same moment could both
 * refund: the runtime gives each key one job at a time, which is what keeps that from happening.)
 */
final class WooOrders {

    static final String GOODWILL = "Goodwill: ";
    private static final String KEY_MARK = " [resolver ";
    /** WooCommerce order ids are numbers; anything else never reaches a URL path. */
    private static final Pattern ORDER_ID = Pattern.compile("\\d{1,20}");

    private final WooRest woo;

    WooOrders(WooRest woo) {
        this.woo = woo;
    }

    Optional<WooOrder> find(String orderId) {
        return orderId != null && ORDER_ID.matcher(orderId).matches() ? woo.get("/orders/" + orderId, WooOrder.class) : Optional.empty();
    }

    WooOrder require(String orderId) {
        return find(orderId).orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + orderId + " in the WooCommerce store"));
    }

    /** Money back through the order's payment gateway ({@code api_refund}), calculated against what is left first. */
    WooRefund refund(String orderId, Money amount, String prefix, String reason, String idempotencyKey) {
        WooOrder order = require(orderId);
        String mark = KEY_MARK + idempotencyKey + "]";
        Optional<WooRefund> earlier = woo.getAll("/orders/" + order.id() + "/refunds", WooRefund.class).stream()
                .filter(r -> r.reason() != null && r.reason().endsWith(mark)).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (amount == null || !amount.isPositive()) {
            throw new ConnectorRejection("invalid_amount", "A refund must be a positive amount");
        }
        if (!amount.currency().equalsIgnoreCase(order.currency())) {
            throw new ConnectorRejection("currency_mismatch", "Order " + orderId + " is in " + order.currency() + ", the refund in " + amount.currency());
        }
        Order now = toOrder(order);
        if (now.status() == OrderStatus.CANCELLED) {
            throw new ConnectorRejection("order_cancelled", "Order " + orderId + " is " + order.status());
        }
        if (amount.amount().compareTo(now.refundableBalance()) > 0) {
            throw new ConnectorRejection("exceeds_refundable_balance", "A refund of " + amount.amount() + " exceeds the refundable balance of "
                    + now.refundableBalance() + " on order " + orderId);
        }
        return woo.post("/orders/" + order.id() + "/refunds", new WooJson.NewRefund(amount.amount(), prefix + (reason == null ? "" : reason) + mark,
                true), WooRefund.class);
    }

    static Order toOrder(WooOrder order) {
        String id = String.valueOf(order.id());
        OrderStatus status = VendorVocabulary.wooCommerceOrder(order.status()).orElseThrow(() -> new ConnectorRejection("unknown_order_status",
                "WooCommerce shows order " + id + " as " + order.status() + ", a status the resolver does not know"));
        BigDecimal refunded = order.refunds().stream().map(r -> r.total() == null ? BigDecimal.ZERO : r.total().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Discount> goodwill = order.refunds().stream().filter(r -> r.reason() != null && r.reason().startsWith(GOODWILL))
                .map(r -> new Discount(String.valueOf(r.id()), id, new Money(r.total().abs(), order.currency()), reasonOf(r.reason()), null)).toList();
        Contact billing = order.billing();
        Contact to = order.shipping();
        String name = billing == null ? null : ((nullToEmpty(billing.firstName()) + " " + nullToEmpty(billing.lastName())).strip());
        return new Order(id, order.customerId() == 0 ? null : String.valueOf(order.customerId()), billing == null ? null : billing.email(),
                name == null || name.isEmpty() ? null : name, status, order.currency(), order.total(), refunded, utc(order.dateCreatedGmt()),
                status.hasLeftTheWarehouse() ? utc(order.dateCompletedGmt()) : null, null, null, null,
                to == null ? null : new Address((nullToEmpty(to.firstName()) + " " + nullToEmpty(to.lastName())).strip(), to.address1(),
                        blankToNull(to.address2()), to.city(), blankToNull(to.state()), to.postcode(), to.country()),
                order.lineItems().stream().map(l -> new Order.OrderLine(l.sku(), l.quantity(), l.price())).toList(), goodwill, List.of(), List.of(),
                null, null);
    }

    static Refund toRefund(WooRefund refund, String orderId, String currency) {
        return new Refund(String.valueOf(refund.id()), orderId, new Money(refund.amount(), currency), reasonOf(refund.reason()),
                utc(refund.dateCreatedGmt()));
    }

    static Discount toDiscount(WooRefund refund, String orderId, String currency) {
        return new Discount(String.valueOf(refund.id()), orderId, new Money(refund.amount(), currency), reasonOf(refund.reason()),
                utc(refund.dateCreatedGmt()));
    }

    private static String reasonOf(String reason) {
        if (reason == null) {
            return null;
        }
        String text = reason.startsWith(GOODWILL) ? reason.substring(GOODWILL.length()) : reason;
        int mark = text.lastIndexOf(KEY_MARK);
        return mark >= 0 ? text.substring(0, mark) : text;
    }

    private static Instant utc(LocalDateTime gmt) {
        return gmt == null ? null : gmt.toInstant(ZoneOffset.UTC);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

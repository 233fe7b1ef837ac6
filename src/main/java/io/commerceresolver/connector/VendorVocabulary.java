package io.commerceresolver.connector;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place where the platforms' words for an order's state become the {@link OrderStatus} the rules know. Every
 * adapter, every marketplace event and the evaluate API read a vendor's status through here, so that "completed" in
 * WooCommerce and "FULFILLED" in Shopify mean the same thing everywhere.
 * <p>
 * The rules judge an order by how far its goods have gone (may it still be cancelled, its address changed, is it
 * within the return window), so each word maps to the furthest the goods may have gone: an order part-shipped counts
 * as shipped, because what has left the warehouse can no longer be cancelled or re-addressed.
 */
public final class VendorVocabulary {

    /** The platforms whose vocabularies are known. */
    public enum Platform {
        SHOPIFY, WOOCOMMERCE, STRIPE;

        /** The platform named in a URL, a setting or a request, in any case; empty when it is none of them. */
        public static Optional<Platform> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a dispute (a chargeback) stands: still open to evidence, or decided. */
    public enum DisputeStatus { OPEN, WON, LOST }

    /**
     * Shopify's fulfilment statuses, in both spellings it uses: GraphQL's {@code displayFulfillmentStatus} (upper
     * case) and the webhooks' {@code fulfillment_status} (lower case, null while nothing has shipped).
     * {@code RESTOCKED}: the goods came back to stock, which Shopify shows only for cancelled or returned orders.
     */
    private static final Map<String, OrderStatus> SHOPIFY = Map.ofEntries(
            Map.entry("unfulfilled", OrderStatus.PROCESSING),
            Map.entry("open", OrderStatus.PROCESSING),
            Map.entry("pending_fulfillment", OrderStatus.PROCESSING),
            Map.entry("in_progress", OrderStatus.PROCESSING),
            Map.entry("on_hold", OrderStatus.PROCESSING),
            Map.entry("scheduled", OrderStatus.PROCESSING),
            Map.entry("request_declined", OrderStatus.PROCESSING),
            Map.entry("partially_fulfilled", OrderStatus.SHIPPED),
            Map.entry("partial", OrderStatus.SHIPPED),
            Map.entry("fulfilled", OrderStatus.SHIPPED),
            Map.entry("restocked", OrderStatus.CANCELLED));

    /**
     * WooCommerce's order statuses (REST v3 {@code status}). "completed" is what a shop sets once it has sent the
     * goods (WooCommerce knows nothing of delivery); "refunded" is set only when the whole order was refunded, after
     * which the order is closed as a cancelled one is.
     */
    private static final Map<String, OrderStatus> WOOCOMMERCE = Map.of(
            "pending", OrderStatus.PROCESSING,
            "processing", OrderStatus.PROCESSING,
            "on-hold", OrderStatus.PROCESSING,
            "completed", OrderStatus.SHIPPED,
            "cancelled", OrderStatus.CANCELLED,
            "refunded", OrderStatus.CANCELLED,
            "failed", OrderStatus.CANCELLED);

    /** Stripe's dispute statuses: the first four still take evidence; the last two are Stripe's (the bank's) verdict. */
    private static final Map<String, DisputeStatus> STRIPE_DISPUTES = Map.of(
            "warning_needs_response", DisputeStatus.OPEN,
            "warning_under_review", DisputeStatus.OPEN,
            "needs_response", DisputeStatus.OPEN,
            "under_review", DisputeStatus.OPEN,
            "warning_closed", DisputeStatus.WON,
            "won", DisputeStatus.WON,
            "lost", DisputeStatus.LOST);

    /**
     * Shopify Payments' dispute statuses. "accepted" and "charge_refunded" end a dispute with the money returned to
     * the buyer, as a lost one does.
     */
    private static final Map<String, DisputeStatus> SHOPIFY_DISPUTES = Map.of(
            "needs_response", DisputeStatus.OPEN,
            "under_review", DisputeStatus.OPEN,
            "won", DisputeStatus.WON,
            "lost", DisputeStatus.LOST,
            "accepted", DisputeStatus.LOST,
            "charge_refunded", DisputeStatus.LOST);

    private VendorVocabulary() {
    }

    /**
     * The status of a Shopify order. A cancelled order is cancelled whatever its fulfilment status says; a delivered
     * shipment ({@code shipmentStatus} DELIVERED, from the fulfilment's tracking events) makes a shipped order
     * delivered. Empty for a fulfilment status Shopify does not document.
     *
     * @param fulfillmentStatus null or blank when nothing has been fulfilled (the webhooks' null)
     */
    public static Optional<OrderStatus> shopifyOrder(String fulfillmentStatus, boolean cancelled, String shipmentStatus) {
        if (cancelled) {
            return Optional.of(OrderStatus.CANCELLED);
        }
        Optional<OrderStatus> status = fulfillmentStatus == null || fulfillmentStatus.isBlank()
                ? Optional.of(OrderStatus.PROCESSING)
                : Optional.ofNullable(SHOPIFY.get(word(fulfillmentStatus)));
        return status.map(s -> s == OrderStatus.SHIPPED && "delivered".equals(word(shipmentStatus)) ? OrderStatus.DELIVERED : s);
    }

    /** The status of a WooCommerce order; empty for a status WooCommerce does not define (a plugin's own). */
    public static Optional<OrderStatus> wooCommerceOrder(String status) {
        return Optional.ofNullable(status == null ? null : WOOCOMMERCE.get(status.strip().toLowerCase(Locale.ROOT)));
    }

    /** How a Stripe dispute stands; empty for a status Stripe does not document. */
    public static Optional<DisputeStatus> stripeDispute(String status) {
        return Optional.ofNullable(status == null ? null : STRIPE_DISPUTES.get(word(status)));
    }

    /** How a Shopify Payments dispute stands; empty for a status Shopify does not document. */
    public static Optional<DisputeStatus> shopifyDispute(String status) {
        return Optional.ofNullable(status == null ? null : SHOPIFY_DISPUTES.get(word(status)));
    }

    /**
     * An order status as an integrator sends it: in the resolver's own words (processing, shipped, delivered,
     * cancelled) when no platform is named, else in the named platform's. Stripe keeps payments, not orders, so it has
     * no order statuses.
     */
    public static Optional<OrderStatus> orderStatus(Platform platform, String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        if (platform == null) {
            return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst();
        }
        return switch (platform) {
            case SHOPIFY -> "cancelled".equals(word(status)) ? Optional.of(OrderStatus.CANCELLED) : shopifyOrder(status, false, null);
            case WOOCOMMERCE -> wooCommerceOrder(status);
            case STRIPE -> Optional.empty();
        };
    }

    /** The words {@link #orderStatus} understands for a platform, for an error message that says what would do. */
    public static List<String> orderStatusWords(Platform platform) {
        if (platform == null) {
            return Arrays.stream(OrderStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        }
        return switch (platform) {
            case SHOPIFY -> Stream.concat(SHOPIFY.keySet().stream(), Stream.of("cancelled")).sorted().toList();
            case WOOCOMMERCE -> WOOCOMMERCE.keySet().stream().sorted().toList();
            case STRIPE -> List.of();
        };
    }

    private static String word(String vendorWord) {
        return vendorWord == null ? "" : vendorWord.strip().toLowerCase(Locale.ROOT);
    }
}

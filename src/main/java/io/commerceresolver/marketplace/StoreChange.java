package io.commerceresolver.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.VendorVocabulary.DisputeStatus;

/**
 * What a marketplace event says about the store, in the resolver's words whichever platform said it. Each kind is
 * kept as one fact per thing ({@link #kind()}, {@link #ref()}), as of the vendor's time of the change ({@link #asOf()}).
 */
public sealed interface StoreChange {

    String kind();

    String ref();

    Instant asOf();

    /**
     * An order as the platform now describes it. {@code status} is what the rules know (see VendorVocabulary);
     * {@code vendorStatus} the platform's own word, kept for people.
     */
    record OrderFact(String orderId, String orderName, OrderStatus status, String vendorStatus, String financialStatus,
                     String currency, BigDecimal total, BigDecimal refundedTotal, String customerEmail, Instant asOf)
            implements StoreChange {
        public String kind() {
            return "order";
        }

        public String ref() {
            return orderId;
        }
    }

    /** Money returned on an order (or, from Stripe, on a charge when no order is named). */
    record RefundFact(String refundId, String orderId, BigDecimal amount, String currency, String vendorStatus, Instant asOf)
            implements StoreChange {
        public String kind() {
            return "refund";
        }

        public String ref() {
            return refundId;
        }
    }

    /** How many of an item are available at a location (Shopify) or in the shop (WooCommerce: location null). */
    record InventoryFact(String itemRef, String locationRef, Integer available, Instant asOf) implements StoreChange {
        public String kind() {
            return "inventory";
        }

        public String ref() {
            return locationRef == null ? itemRef : itemRef + "@" + locationRef;
        }
    }

    /** A product with its variants' SKUs, prices and stock as the platform lists them. */
    record ProductFact(String productId, String title, String status, List<Variant> variants, Instant asOf) implements StoreChange {
        public record Variant(String variantId, String sku, BigDecimal price, Integer stock) {
        }

        public ProductFact {
            variants = variants == null ? List.of() : List.copyOf(variants);
        }

        public String kind() {
            return "product";
        }

        public String ref() {
            return productId;
        }
    }

    /** A chargeback or an inquiry about a payment. */
    record DisputeFact(String disputeId, String orderId, String chargeId, BigDecimal amount, String currency, String reason,
                       DisputeStatus status, String vendorStatus, Instant asOf) implements StoreChange {
        public String kind() {
            return "dispute";
        }

        public String ref() {
            return disputeId;
        }
    }

    /** A topic the resolver keeps nothing of (it is acknowledged and recorded as ignored, with why). */
    record Ignored(String why) implements StoreChange {
        public String kind() {
            return null;
        }

        public String ref() {
            return null;
        }

        public Instant asOf() {
            return null;
        }
    }
}

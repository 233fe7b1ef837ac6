package io.commerceresolver.policy;

import java.math.BigDecimal;

/**
 * The fact a change in a seller's store contributes when its platform reports it (rules/store-events.drl): an order,
 * a refund, a stock level, a product or a payment dispute, in the resolver's words whichever platform said it. The
 * rules decide on its {@link #getReaction() reaction} whether it opens a ticket, and for what; most changes open none.
 * Fields that do not apply to the kind of change are null.
 *
 * @param platform      shopify, woocommerce or stripe
 * @param kind          order, refund, inventory, product or dispute
 * @param ref           the platform's id of the thing that changed
 * @param orderId       the order it concerns, where the platform names one
 * @param status        an order's status in the rules' words ({@code delivered}), a dispute's ({@code open},
 *                      {@code won}, {@code lost}), a product's as the platform says it
 * @param vendorStatus  the platform's own word for it, for rules that need the finer distinction
 * @param paymentStatus an order's payment in the platform's word (Shopify's financial status: {@code paid},
 *                      {@code refunded}, …), where the platform keeps one apart from the order's status
 * @param reason        why a dispute was opened, in the platform's word ({@code fraudulent})
 * @param amount        the money involved: an order's total, a refund's or a dispute's amount
 * @param available     how many of an item are in stock (inventory)
 */
public class StoreEvent {

    private final String platform;
    private final String kind;
    private final String ref;
    private final String orderId;
    private final String status;
    private final String vendorStatus;
    private final String paymentStatus;
    private final String reason;
    private final BigDecimal amount;
    private final String currency;
    private final Integer available;
    private final StoreEventReaction reaction;

    public StoreEvent(String platform, String kind, String ref, String orderId, String status, String vendorStatus,
                      String paymentStatus, String reason, BigDecimal amount, String currency, Integer available) {
        this(platform, kind, ref, orderId, status, vendorStatus, paymentStatus, reason, amount, currency, available, null);
    }

    private StoreEvent(String platform, String kind, String ref, String orderId, String status, String vendorStatus,
                       String paymentStatus, String reason, BigDecimal amount, String currency, Integer available,
                       StoreEventReaction reaction) {
        this.platform = platform;
        this.kind = kind;
        this.ref = ref;
        this.orderId = orderId;
        this.status = status;
        this.vendorStatus = vendorStatus;
        this.paymentStatus = paymentStatus;
        this.reason = reason;
        this.amount = amount;
        this.currency = currency;
        this.available = available;
        this.reaction = reaction;
    }

    /** The same change, carrying the reaction the rules write to. */
    public StoreEvent reactedBy(StoreEventReaction reaction) {
        return new StoreEvent(platform, kind, ref, orderId, status, vendorStatus, paymentStatus, reason, amount, currency, available,
                reaction);
    }

    public String getPlatform() {
        return platform;
    }

    public String getKind() {
        return kind;
    }

    public String getRef() {
        return ref;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }

    public String getVendorStatus() {
        return vendorStatus;
    }

    public String getPaymentStatus() {
        return paymentStatus;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getAvailable() {
        return available;
    }

    public StoreEventReaction getReaction() {
        return reaction;
    }
}

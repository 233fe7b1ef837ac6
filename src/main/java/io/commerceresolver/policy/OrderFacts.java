package io.commerceresolver.policy;

import java.math.BigDecimal;

/** The order an operation touches, as read from the connector just before deciding. */
public class OrderFacts {

    private final String id;
    private final BigDecimal total;
    private final BigDecimal refundedTotal;
    private final String status;
    private final String customerEmail;
    private final String currency;
    private final Integer deliveredDaysAgo;
    private final BigDecimal goodwillCredited;
    private final boolean carrierLost;

    /** An order with no goodwill credited on it. */
    public OrderFacts(String id, BigDecimal total, BigDecimal refundedTotal, String status, String customerEmail,
                      String currency, Integer deliveredDaysAgo) {
        this(id, total, refundedTotal, status, customerEmail, currency, deliveredDaysAgo, BigDecimal.ZERO);
    }

    public OrderFacts(String id, BigDecimal total, BigDecimal refundedTotal, String status, String customerEmail,
                      String currency, Integer deliveredDaysAgo, BigDecimal goodwillCredited) {
        this(id, total, refundedTotal, status, customerEmail, currency, deliveredDaysAgo, goodwillCredited, false);
    }

    public OrderFacts(String id, BigDecimal total, BigDecimal refundedTotal, String status, String customerEmail,
                      String currency, Integer deliveredDaysAgo, BigDecimal goodwillCredited, boolean carrierLost) {
        this.id = id;
        this.total = total;
        this.refundedTotal = refundedTotal;
        this.status = status;
        this.customerEmail = customerEmail;
        this.currency = currency;
        this.deliveredDaysAgo = deliveredDaysAgo;
        this.goodwillCredited = goodwillCredited == null ? BigDecimal.ZERO : goodwillCredited;
        this.carrierLost = carrierLost;
    }

    public String getId() {
        return id;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getRefundedTotal() {
        return refundedTotal;
    }

    public BigDecimal getRefundableBalance() {
        return total.subtract(refundedTotal);
    }

    public String getStatus() {
        return status;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    /** The customer's email as rules compare it with the requester's (see {@link Requester#getEmailKey()}). */
    public String getCustomerEmailKey() {
        return Requester.emailKey(customerEmail);
    }

    public String getCurrency() {
        return currency;
    }

    /** Null while the order has not been delivered. */
    public Integer getDeliveredDaysAgo() {
        return deliveredDaysAgo;
    }

    /** What the order has already been credited as goodwill (part of its refunded total). */
    public BigDecimal getGoodwillCredited() {
        return goodwillCredited;
    }

    /** Whether the carrier reports the shipment lost: goods that will not arrive, which a replacement may stand for. */
    public boolean isCarrierLost() {
        return carrierLost;
    }
}

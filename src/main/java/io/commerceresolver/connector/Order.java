package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the connector reads it from the platform, with what was done about it since it was placed, as a
 * platform's order shows its refunds and returns: the goodwill credited on it, the return labels issued for it and
 * the replacement orders sent for it (empty when none), so a read-back can see each of the resolver's writes. The
 * promised date and the carrier's last status (e.g. {@link Tracking#LOST}) are null when the platform has none.
 */
public record Order(String id,
                    String customerId,
                    String customerEmail,
                    String customerName,
                    OrderStatus status,
                    String currency,
                    BigDecimal total,
                    BigDecimal refundedTotal,
                    Instant placedAt,
                    Instant shippedAt,
                    Instant deliveredAt,
                    String carrier,
                    String trackingNumber,
                    Address shippingAddress,
                    List<OrderLine> lines,
                    List<Discount> discounts,
                    List<ReturnLabel> returnLabels,
                    List<Replacement> replacements,
                    Instant promisedAt,
                    String carrierStatus) {

    public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
    }

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        returnLabels = returnLabels == null ? List.of() : List.copyOf(returnLabels);
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    /** What may still be refunded: the total less everything refunded so far. */
    public BigDecimal refundableBalance() {
        return total.subtract(refundedTotal);
    }

    /**
     * The order with a return label the shipping system shows for it, for a read-back of an order whose store does not
     * keep the labels issued elsewhere; the order itself when it lists the label already.
     */
    public Order withReturnLabel(ReturnLabel label) {
        if (returnLabels.stream().anyMatch(shown -> shown.id().equals(label.id()))) {
            return this;
        }
        List<ReturnLabel> labels = new ArrayList<>(returnLabels);
        labels.add(label);
        return new Order(id, customerId, customerEmail, customerName, status, currency, total, refundedTotal, placedAt, shippedAt,
                deliveredAt, carrier, trackingNumber, shippingAddress, lines, discounts, labels, replacements, promisedAt, carrierStatus);
    }

    /** Everything credited on the order as goodwill so far (it is part of the refunded total). */
    public BigDecimal goodwillTotal() {
        return discounts.stream().map(discount -> discount.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

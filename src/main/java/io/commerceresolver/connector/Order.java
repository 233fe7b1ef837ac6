package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the connector reads it from the platform. */
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
                    List<OrderLine> lines) {

    public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
    }

    /** What may still be refunded: the total less everything refunded so far. */
    public BigDecimal refundableBalance() {
        return total.subtract(refundedTotal);
    }
}

package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What the customer has already been refunded: every refund of the last 24 hours, and a count over 30 days. */
public class History {

    public static final History NONE = new History(List.of(), 0);

    private final List<PastRefund> refundsLast24h;
    private final int refundsLast30d;

    public History(List<PastRefund> refundsLast24h, int refundsLast30d) {
        this.refundsLast24h = List.copyOf(refundsLast24h);
        this.refundsLast30d = refundsLast30d;
    }

    public List<PastRefund> getRefundsLast24h() {
        return refundsLast24h;
    }

    public int getRefundsLast30d() {
        return refundsLast30d;
    }

    /** True if a refund of exactly this amount on this order was issued in the last 24 hours. */
    public boolean refundedInLast24h(String orderId, BigDecimal amount) {
        if (orderId == null || amount == null) {
            return false;
        }
        for (PastRefund refund : refundsLast24h) {
            if (Objects.equals(orderId, refund.orderId()) && refund.amount() != null && refund.amount().compareTo(amount) == 0) {
                return true;
            }
        }
        return false;
    }
}

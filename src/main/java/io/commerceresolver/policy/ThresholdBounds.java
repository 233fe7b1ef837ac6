package io.commerceresolver.policy;

import java.math.BigDecimal;

/**
 * The range a tenant may set a threshold within, declared beside its default in rules/policy-thresholds.dmn, so
 * an override cannot quietly lift a limit (a {@code maxAutoRefund} of a million) without a published rule set.
 */
public record ThresholdBounds(BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return "[" + min.toPlainString() + ", " + max.toPlainString() + "]";
    }
}

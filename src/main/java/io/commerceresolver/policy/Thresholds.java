package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers the rules compare against, for one tenant under one rule set version: the rule set's defaults
 * (rules/policy-thresholds.dmn) with the tenant's own settings of the same name laid over them. Java only carries
 * the values; which comparison each one feeds is written in the rules.
 */
public final class Thresholds {

    public static final String MAX_AUTO_REFUND = "maxAutoRefund";
    public static final String BULK_RECORDS = "bulkRecords";
    public static final String LARGE_PRICE_CHANGE = "largePriceChange";
    public static final String MARGIN_FLOOR = "marginFloor";
    public static final String STRESS_LEVEL = "stressLevel";
    public static final String SESSION_MINUTES = "sessionMinutes";
    public static final String REFUND_WINDOW_DAYS = "refundWindowDays";
    public static final String MAX_REFUNDS_IN_30_DAYS = "maxRefundsIn30Days";
    public static final String MIN_INTENT_CONFIDENCE = "minIntentConfidence";
    public static final String GOODWILL_SHARE = "goodwillShare";
    public static final String MAX_AUTO_GOODWILL = "maxAutoGoodwill";
    public static final String MAX_GOODWILL = "maxGoodwill";
    public static final String RETURN_WINDOW_DAYS = "returnWindowDays";
    public static final String LATE_SHIPMENT_DAYS = "lateShipmentDays";

    /** Every threshold the rule set must define. */
    public static final List<String> NAMES = List.of(MAX_AUTO_REFUND, BULK_RECORDS, LARGE_PRICE_CHANGE, MARGIN_FLOOR,
            STRESS_LEVEL, SESSION_MINUTES, REFUND_WINDOW_DAYS, MAX_REFUNDS_IN_30_DAYS, MIN_INTENT_CONFIDENCE, GOODWILL_SHARE,
            MAX_AUTO_GOODWILL, MAX_GOODWILL, RETURN_WINDOW_DAYS, LATE_SHIPMENT_DAYS);

    private final Map<String, BigDecimal> values;
    private final Map<String, BigDecimal> inNameOrder;
    private final BigDecimal maxAutoRefund;
    private final int bulkRecords;
    private final BigDecimal largePriceChange;
    private final BigDecimal marginFloor;
    private final BigDecimal stressLevel;
    private final int sessionMinutes;
    private final int refundWindowDays;
    private final int maxRefundsIn30Days;
    private final double minIntentConfidence;
    private final BigDecimal goodwillShare;
    private final BigDecimal maxAutoGoodwill;
    private final BigDecimal maxGoodwill;
    private final int returnWindowDays;
    private final int lateShipmentDays;

    private Thresholds(Map<String, BigDecimal> values) {
        this.values = Map.copyOf(values);
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        NAMES.forEach(name -> ordered.put(name, values.get(name)));
        this.inNameOrder = java.util.Collections.unmodifiableMap(ordered);
        this.maxAutoRefund = values.get(MAX_AUTO_REFUND);
        this.bulkRecords = values.get(BULK_RECORDS).intValueExact();
        this.largePriceChange = values.get(LARGE_PRICE_CHANGE);
        this.marginFloor = values.get(MARGIN_FLOOR);
        this.stressLevel = values.get(STRESS_LEVEL);
        this.sessionMinutes = values.get(SESSION_MINUTES).intValueExact();
        this.refundWindowDays = values.get(REFUND_WINDOW_DAYS).intValueExact();
        this.maxRefundsIn30Days = values.get(MAX_REFUNDS_IN_30_DAYS).intValueExact();
        // a reader's confidence is a double; the rules compare the two as they are
        this.minIntentConfidence = values.get(MIN_INTENT_CONFIDENCE).doubleValue();
        this.goodwillShare = values.get(GOODWILL_SHARE);
        this.maxAutoGoodwill = values.get(MAX_AUTO_GOODWILL);
        this.maxGoodwill = values.get(MAX_GOODWILL);
        this.returnWindowDays = values.get(RETURN_WINDOW_DAYS).intValueExact();
        this.lateShipmentDays = values.get(LATE_SHIPMENT_DAYS).intValueExact();
    }

    /**
     * The defaults with the tenant's overrides laid over them. Tenant settings that are not thresholds, or not
     * numbers, are left out: they configure other things.
     *
     * @throws IllegalArgumentException naming every threshold the defaults lack or give a wrong kind of value
     */
    public static Thresholds of(Map<String, BigDecimal> defaults, Map<String, String> tenantSettings) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : NAMES) {
            BigDecimal value = overrideOf(tenantSettings.get(name));
            if (value == null) {
                value = defaults.get(name);
            }
            if (value == null) {
                problems.add("threshold '" + name + "' has no value");
            } else if (isCount(name) && !isWholeNumber(value)) {
                problems.add("threshold '" + name + "' must be a whole number, not " + value.toPlainString());
            } else if (value.signum() < 0) {
                problems.add("threshold '" + name + "' must not be negative, not " + value.toPlainString());
            } else if (name.equals(MIN_INTENT_CONFIDENCE) && value.compareTo(BigDecimal.ONE) > 0) {
                problems.add("threshold '" + name + "' is a confidence from 0 to 1, not " + value.toPlainString());
            } else if (name.equals(GOODWILL_SHARE) && value.compareTo(BigDecimal.ONE) > 0) {
                problems.add("threshold '" + name + "' is a share of an order from 0 to 1, not " + value.toPlainString());
            } else {
                values.put(name, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Thresholds(values);
    }

    private static BigDecimal overrideOf(String setting) {
        if (setting == null) {
            return null;
        }
        try {
            return new BigDecimal(setting.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean isCount(String name) {
        return name.equals(BULK_RECORDS) || name.equals(SESSION_MINUTES) || name.equals(REFUND_WINDOW_DAYS)
                || name.equals(MAX_REFUNDS_IN_30_DAYS) || name.equals(RETURN_WINDOW_DAYS)
                || name.equals(LATE_SHIPMENT_DAYS);
    }

    private static boolean isWholeNumber(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    public BigDecimal getMaxAutoRefund() {
        return maxAutoRefund;
    }

    public int getBulkRecords() {
        return bulkRecords;
    }

    public BigDecimal getLargePriceChange() {
        return largePriceChange;
    }

    public BigDecimal getMarginFloor() {
        return marginFloor;
    }

    public BigDecimal getStressLevel() {
        return stressLevel;
    }

    public int getSessionMinutes() {
        return sessionMinutes;
    }

    public int getRefundWindowDays() {
        return refundWindowDays;
    }

    public int getMaxRefundsIn30Days() {
        return maxRefundsIn30Days;
    }

    public double getMinIntentConfidence() {
        return minIntentConfidence;
    }

    /** The share of an order's total a goodwill credit on it comes to (0.10 = 10 %). */
    public BigDecimal getGoodwillShare() {
        return goodwillShare;
    }

    public BigDecimal getMaxAutoGoodwill() {
        return maxAutoGoodwill;
    }

    public BigDecimal getMaxGoodwill() {
        return maxGoodwill;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    /** The whole days past its promised date after which a shipment not yet delivered is late. */
    public int getLateShipmentDays() {
        return lateShipmentDays;
    }

    /** By name, in the order of {@link #NAMES}, as recorded with each decision. */
    public Map<String, BigDecimal> asMap() {
        return inNameOrder;
    }
}

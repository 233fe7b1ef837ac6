package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds a rule set version defines (rules/policy-thresholds.dmn), before any tenant's overrides, with the
 * version they come from: read together, so the two always belong to the same version. {@code bounds} holds the
 * range a tenant may override each within; a threshold without declared bounds cannot be overridden.
 */
public record DefaultThresholds(String rulesVersion, Map<String, BigDecimal> values, Map<String, ThresholdBounds> bounds) {
}

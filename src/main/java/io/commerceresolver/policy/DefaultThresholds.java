package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds a rule set version defines (rules/policy-thresholds.dmn), before any tenant's overrides, with the
 * version they come from: read together, so the two always belong to the same version.
 */
public record DefaultThresholds(String rulesVersion, Map<String, BigDecimal> values) {
}

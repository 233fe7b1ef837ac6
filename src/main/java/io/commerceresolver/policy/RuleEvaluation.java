package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The outcome of firing the rule set once: the verdict, the rules that fired in order, the rule set version, and
 * the thresholds that were in force (empty for triage, which compares against none).
 */
public record RuleEvaluation(Verdict verdict, List<String> firedRules, String rulesVersion, Map<String, BigDecimal> thresholds) {
}

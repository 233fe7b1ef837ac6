package io.commerceresolver.policy;

import java.util.List;

/** The outcome of firing the rule set once: the verdict, the rules that fired in order, and the rule set version. */
public record RuleEvaluation(Verdict verdict, List<String> firedRules, String rulesVersion) {
}

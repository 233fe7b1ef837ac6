package io.commerceresolver.policy.infrastructure;

import java.util.List;

import org.kie.api.KieBase;

/** One version of the rule set, compiled; immutable, so evaluations can share it freely. */
record CompiledRuleSet(String version, String sha256, String source, List<String> files, KieBase kieBase) {
}

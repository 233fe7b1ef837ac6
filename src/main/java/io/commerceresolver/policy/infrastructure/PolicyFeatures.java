package io.commerceresolver.policy.infrastructure;

import java.util.List;
import java.util.SortedMap;

/**
 * The policy features (features/policy/), run against a candidate rule set before it may serve: the manual
 * analysts read is also the gate a new version must pass.
 */
public interface PolicyFeatures {

    /** Runs every scenario of {@code features} (path → Gherkin text) against {@code candidate}. */
    Report check(CompiledRuleSet candidate, SortedMap<String, String> features);

    /** How the scenarios went; each failure names the feature file and the line of its scenario or example. */
    record Report(int scenarios, int passed, List<RuleSetProblem> failures) {

        public boolean allPassed() {
            return failures.isEmpty() && passed == scenarios;
        }
    }
}

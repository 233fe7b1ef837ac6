package io.commerceresolver.policy;

import java.util.List;

/**
 * How a candidate rule set did against the policy features (features/policy/); each failure names the feature file
 * and the line of its scenario or example.
 */
public record PolicyFeaturesReport(int scenarios, int passed, List<RuleSetProblem> failures) {

    public boolean allPassed() {
        return failures.isEmpty() && passed == scenarios;
    }
}

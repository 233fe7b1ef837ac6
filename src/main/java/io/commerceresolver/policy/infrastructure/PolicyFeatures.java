package io.commerceresolver.policy.infrastructure;

import java.util.SortedMap;

import io.commerceresolver.policy.PolicyFeaturesReport;

/**
 * The policy features (features/policy/), run against a candidate rule set before it may serve: the manual
 * analysts read is also the gate a new version must pass.
 */
public interface PolicyFeatures {

    /** Runs every scenario of {@code features} (path → Gherkin text) against {@code candidate}. */
    PolicyFeaturesReport check(CompiledRuleSet candidate, SortedMap<String, String> features);
}

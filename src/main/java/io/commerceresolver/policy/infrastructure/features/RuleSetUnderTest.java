package io.commerceresolver.policy.infrastructure.features;

import java.nio.file.Path;

import io.commerceresolver.policy.infrastructure.CompiledRuleSet;
import io.commerceresolver.policy.infrastructure.RuleSetCompiler;

/**
 * The rule set the policy features are checked against. Cucumber creates the step definitions itself, so the runner
 * hands them the candidate here, in a static, for the length of one run. When no runner has set one (the build's
 * JUnit suite), the features are checked against the rule set in {@value #RULES_FOLDER} of the working directory,
 * compiled once.
 */
public final class RuleSetUnderTest {

    static final String RULES_FOLDER = "rules";
    static final String KMODULE = "kie-config/kmodule.xml";

    private static volatile CompiledRuleSet candidate;
    private static CompiledRuleSet fromFolder;

    private RuleSetUnderTest() {
    }

    /** The runner's candidate until {@link #clear()}; runs that use this must not overlap. */
    public static void use(CompiledRuleSet ruleSet) {
        candidate = ruleSet;
    }

    public static void clear() {
        candidate = null;
    }

    /** The runner's candidate, or else the working directory's rules/ folder, compiled on first use. */
    static CompiledRuleSet current() {
        CompiledRuleSet set = candidate;
        return set != null ? set : fromFolder();
    }

    private static synchronized CompiledRuleSet fromFolder() {
        if (fromFolder == null) {
            fromFolder = new RuleSetCompiler(Path.of(KMODULE)).compile(Path.of(RULES_FOLDER));
        }
        return fromFolder;
    }
}

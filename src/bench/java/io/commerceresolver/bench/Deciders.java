package io.commerceresolver.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.LoggerFactory;

import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.Verdict;
import io.commerceresolver.policy.infrastructure.CompiledRuleSet;
import io.commerceresolver.policy.infrastructure.DroolsPolicyEngine;
import io.commerceresolver.policy.infrastructure.RuleSetCompiler;

/**
 * What the benchmarks time: one decision, from the request as the endpoint has parsed it to the verdict. A decision
 * is folded into an int code so that two runs (or two implementations) can be compared by a digest:
 * {@code tier | allowed << 2 | approvalRequired << 3 | firedRules << 4}, or {@code 1000 + rejection} for a request
 * rejected before the engine.
 */
public final class Deciders {

    /** One decider per thread; implementations need not be thread-safe. */
    public interface Decider {

        /** The engine's answer, for a request that passed validation. */
        RuleEvaluation evaluate(ContractMapping.Request request);

        /** One decision as the endpoint makes it: validation, then the engine. */
        default int decide(ContractMapping.Request request) {
            int rejected = ContractMapping.validate(request.operation());
            if (rejected >= 0) {
                return 1000 + rejected;
            }
            return code(evaluate(request));
        }
    }

    private Deciders() {
    }

    public static int code(RuleEvaluation evaluation) {
        Verdict v = evaluation.verdict();
        return v.getTier() | (v.isAllowed() ? 4 : 0) | (v.isApprovalRequired() ? 8 : 0) | evaluation.firedRules().size() << 4;
    }

    /** The project root holds rules/ and kie-config/; the benchmarks run from there unless -Dbench.root says otherwise. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("bench.root", "."));
    }

    /** The rule set of the project, compiled as the application compiles it at start-up. */
    public static CompiledRuleSet compileRuleSet() {
        quietLogging();
        Path root = projectRoot();
        return new RuleSetCompiler(root.resolve("kie-config/kmodule.xml")).compile(root.resolve("rules"));
    }

    /**
     * impl names: {@code engine} — {@link DroolsPolicyEngine#evaluate}, the path the evaluate endpoint takes
     * (validation as the endpoint does it first); the other names are prototypes (see {@link Prototypes}).
     */
    public static Decider create(String impl, CompiledRuleSet ruleSet) {
        switch (impl) {
            case "engine": {
                DroolsPolicyEngine engine = new DroolsPolicyEngine(ruleSet);
                return request -> engine.evaluate(request.tenantId(), request.operation(), request.settings());
            }
            default:
                return Prototypes.create(impl.toLowerCase(Locale.ROOT), ruleSet);
        }
    }

    /** Drools and the KIE builder log at INFO and DEBUG through Logback's default console setup: keep benchmarks quiet. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}

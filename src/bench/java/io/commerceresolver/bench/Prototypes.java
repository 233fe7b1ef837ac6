package io.commerceresolver.bench;

import java.util.Locale;

import io.commerceresolver.policy.infrastructure.CompiledRuleSet;
import io.commerceresolver.policy.infrastructure.PrototypeRuleSet;

/**
 * Prototype changes to the decision path, measured against {@code engine} (docs/benchmarks.md, "Where the time
 * goes"): {@code proto-session}, {@code proto-exec-pool} and {@code proto-exec}, the steps of
 * {@link PrototypeRuleSet.Step}.
 */
final class Prototypes {

    private Prototypes() {
    }

    static Deciders.Decider create(String impl, CompiledRuleSet shipped) {
        if (!impl.startsWith("proto-")) {
            throw new IllegalArgumentException("unknown impl " + impl + "; known: engine, proto-session, proto-exec-pool, proto-exec");
        }
        PrototypeRuleSet.Step step = PrototypeRuleSet.Step.valueOf(impl.substring("proto-".length()).replace('-', '_').toUpperCase(Locale.ROOT));
        PrototypeRuleSet prototype = new PrototypeRuleSet(Deciders.projectRoot().resolve("kie-config/kmodule.xml"), shipped.source(), step);
        return request -> prototype.evaluate(request.operation(), request.settings());
    }
}

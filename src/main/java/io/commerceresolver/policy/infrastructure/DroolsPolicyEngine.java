package io.commerceresolver.policy.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.Verdict;

/**
 * Evaluates against the rule set currently published. The reference is swapped whole, so an evaluation that
 * has started keeps the version it began with.
 */
public class DroolsPolicyEngine implements PolicyEngine {

    private final AtomicReference<CompiledRuleSet> live;

    public DroolsPolicyEngine(CompiledRuleSet initial) {
        this.live = new AtomicReference<>(initial);
    }

    @Override
    public RuleEvaluation evaluate(Collection<?> facts) {
        CompiledRuleSet ruleSet = live.get();
        Verdict verdict = new Verdict();
        List<String> fired = new ArrayList<>();
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(verdict);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new RuleEvaluation(verdict, List.copyOf(fired), ruleSet.version());
    }

    @Override
    public String activeVersion() {
        return live.get().version();
    }

    void publish(CompiledRuleSet ruleSet) {
        live.set(ruleSet);
    }
}

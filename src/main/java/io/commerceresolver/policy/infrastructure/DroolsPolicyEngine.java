package io.commerceresolver.policy.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.TicketTriage;

/**
 * Evaluates against the rule set each tenant has live: its own published version, or the shared one. A version is
 * swapped in whole (one reference), so an evaluation that has started finishes on the version it began with and
 * none ever sees half a rule set.
 */
public class DroolsPolicyEngine implements PolicyEngine {

    /** The key of the shared rule set, which serves every tenant that has not published one of its own. */
    public static final String SHARED = "*";

    private final Map<String, CompiledRuleSet> live = new ConcurrentHashMap<>();

    public DroolsPolicyEngine(CompiledRuleSet shared) {
        live.put(SHARED, shared);
    }

    @Override
    public RuleEvaluation triage(String tenantId, TicketTriage triage, Map<String, String> tenantSettings) {
        return ruleSetOf(tenantId).triage(triage, tenantSettings);
    }

    @Override
    public RuleEvaluation evaluate(String tenantId, OperationRequest request, Map<String, String> tenantSettings) {
        return ruleSetOf(tenantId).evaluate(request, tenantSettings);
    }

    @Override
    public String activeVersion(String tenantId) {
        return ruleSetOf(tenantId).version();
    }

    /** The version serving the tenant now. */
    public CompiledRuleSet ruleSetOf(String tenantId) {
        CompiledRuleSet own = live.get(tenantId);
        return own != null ? own : live.get(SHARED);
    }

    /** The tenant's own version, if it published one. */
    public Optional<CompiledRuleSet> ownRuleSetOf(String tenantId) {
        return SHARED.equals(tenantId) ? Optional.empty() : Optional.ofNullable(live.get(tenantId));
    }

    /** Puts {@code ruleSet} live for the tenant (or {@link #SHARED}); the version it replaces stops lending sessions. */
    public void publish(String tenantId, CompiledRuleSet ruleSet) {
        CompiledRuleSet previous = live.put(tenantId, ruleSet);
        if (previous != null && previous != ruleSet && !live.containsValue(previous)) {
            previous.retire();
        }
    }
}

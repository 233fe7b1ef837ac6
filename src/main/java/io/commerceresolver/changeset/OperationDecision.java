package io.commerceresolver.changeset;

import java.util.List;

import io.commerceresolver.policy.Decision;

/** What the rules decided about an operation, or about the changeset as a whole: kept with it, explained by the rules that fired. */
public record OperationDecision(String decisionId, int tier, boolean allowed, boolean approvalRequired, String approverRole,
                                List<String> reasons, List<String> firedRules, String rulesVersion) {

    public OperationDecision {
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }

    public static OperationDecision of(Decision decision) {
        return new OperationDecision(decision.id(), decision.tier(), decision.allowed(), decision.approvalRequired(),
                decision.approverRole(), decision.reasons(), decision.firedRules(), decision.rulesVersion());
    }
}

package io.commerceresolver.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One evaluation of the rule set, as recorded: what was asked ({@code input}), what was concluded, which rules
 * fired and which version of the rule set did it.
 */
public record Decision(String id,
                       String tenantId,
                       String subject,
                       Map<String, Object> input,
                       String playbook,
                       int tier,
                       boolean allowed,
                       boolean approvalRequired,
                       String approverRole,
                       List<String> reasons,
                       List<String> firedRules,
                       String rulesVersion,
                       Instant ts) {

    public String tierName() {
        return Tier.of(tier).name();
    }
}

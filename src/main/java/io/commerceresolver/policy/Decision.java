package io.commerceresolver.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
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

    /** What the event log keeps of a decision: enough to explain the action without the stored record. */
    public Map<String, Object> asEventPayload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decisionId", id);
        payload.put("playbook", playbook);
        payload.put("tier", tier);
        payload.put("allowed", allowed);
        payload.put("approvalRequired", approvalRequired);
        payload.put("approverRole", approverRole);
        payload.put("reasons", reasons);
        payload.put("firedRules", firedRules);
        payload.put("rulesVersion", rulesVersion);
        return payload;
    }
}

package io.commerceresolver.approval.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.policy.Decision;

/** The one JSON shape of an approval, wherever the API shows one. */
public final class ApprovalJson {

    private ApprovalJson() {
    }

    public static Map<String, Object> of(Approval a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approvalId", a.id());
        body.put("runId", a.runId());
        body.put("tier", a.tier());
        body.put("approverRole", a.approverRole());
        body.put("requestedBy", a.requestedBy());
        body.put("summary", a.summary());
        body.put("outcome", a.outcome().name());
        body.put("decidedBy", a.decidedBy());
        body.put("reason", a.reason());
        body.put("requestedAt", a.requestedAt());
        body.put("decidedAt", a.decidedAt());
        // while pending: when it moves up a tier, or, once escalated, when it expires
        body.put("dueAt", a.dueAt());
        body.put("escalatedAt", a.escalatedAt());
        body.put("proposal", a.proposal());
        return body;
    }

    /** As the inbox shows it: with the rules' reasons for asking a person, from the decision that asked. */
    public static Map<String, Object> of(Approval a, Decision decision) {
        Map<String, Object> body = of(a);
        if (decision != null) {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("decisionId", decision.id());
            why.put("reasons", decision.reasons());
            why.put("firedRules", decision.firedRules());
            why.put("rulesVersion", decision.rulesVersion());
            body.put("decision", why);
        }
        return body;
    }
}

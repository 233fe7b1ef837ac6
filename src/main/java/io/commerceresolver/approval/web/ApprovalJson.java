package io.commerceresolver.approval.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.commerceresolver.approval.Approval;

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
        return body;
    }
}

package io.commerceresolver.policy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.conversation.SessionFigures;
import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.tenant.TenantDirectory;

/** Asks the tenant's live rule set about one operation, and shows any stored decision with its explanation. */
@RestController
public class DecisionController {

    private final PolicyService policy;
    private final Decisions decisions;
    private final TenantDirectory tenants;
    private final SessionHistory sessionHistory;

    public DecisionController(PolicyService policy, Decisions decisions, TenantDirectory tenants, SessionHistory sessionHistory) {
        this.policy = policy;
        this.decisions = decisions;
        this.tenants = tenants;
        this.sessionHistory = sessionHistory;
    }

    @PreAuthorize(Access.EVALUATE)
    @PostMapping("/api/v1/decisions/evaluate")
    public Map<String, Object> evaluate(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) EvaluateRequest body) {
        if (body == null) {
            throw new BadRequest(null, "The request body must be a JSON object with 'operation' and 'actor'");
        }
        OperationRequest request = body.toOperationRequest();
        SessionFigures figures = body.sessionFigures();
        Map<String, String> settings = tenants.find(caller.tenantId()).orElseThrow(() -> new NotFound("tenant", caller.tenantId())).settings();
        Decision decision = policy.decide(caller.tenantId(), subjectOf(request), request, settings);
        if (figures != null) {
            sessionHistory.record(caller.tenantId(), caller.name(), figures, SessionHistory.escalated(decision.firedRules()), decision.ts());
        }
        return answer(decision);
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/api/v1/decisions/{decisionId}")
    public Map<String, Object> get(@AuthenticationPrincipal Caller caller, @PathVariable String decisionId) {
        Decision decision = decisions.findById(caller.tenantId(), decisionId).orElseThrow(() -> new NotFound("decision", decisionId));
        Map<String, Object> answer = answer(decision);
        answer.put("subject", decision.subject());
        answer.put("playbook", decision.playbook());
        answer.put("input", decision.input());
        answer.put("ts", decision.ts().toString());
        return answer;
    }

    /** What the decision is about, for finding it again: the API, the operation and the record it touches. */
    private static String subjectOf(OperationRequest request) {
        String record = request.orderId() != null ? "order:" + request.orderId() : request.sku() != null ? "sku:" + request.sku() : "-";
        String subject = "api:" + request.type() + ":" + record;
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }

    private static Map<String, Object> answer(Decision decision) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tier", decision.tier());
        answer.put("tierName", decision.tierName());
        answer.put("allowed", decision.allowed());
        answer.put("approvalRequired", decision.approvalRequired());
        answer.put("approverRole", decision.approverRole());
        answer.put("reasons", decision.reasons());
        answer.put("firedRules", decision.firedRules());
        answer.put("rulesVersion", decision.rulesVersion());
        answer.put("decisionId", decision.id());
        return answer;
    }
}

package io.commerceresolver.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.system.Ids;

/**
 * Asks the rule set and keeps the answer. Every decision is stored with its input, the rules that fired and
 * the rule set version, so any action can be explained later by the rule that allowed it.
 */
public class PolicyService {

    private final PolicyEngine engine;
    private final Decisions decisions;
    private final Clock clock;

    public PolicyService(PolicyEngine engine, Decisions decisions, Clock clock) {
        this.engine = engine;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Which playbook a ticket goes to, and at what tier. */
    public Decision triage(String tenantId, String ticketId, TicketTriage triage, Map<String, String> tenantSettings) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("intent", triage.getIntent());
        input.put("confidence", triage.getConfidence());
        input.put("orderId", triage.getOrderId());
        return decide(tenantId, "ticket:" + ticketId, input, tenantSettings, List.of(triage));
    }

    /** Whether one operation may be performed, and who must approve it first. */
    public Decision decide(String tenantId, String subject, Operation operation, OrderFacts order, Requester requester,
                           Map<String, String> tenantSettings) {
        Map<String, Object> input = new LinkedHashMap<>();
        Map<String, Object> operationInput = new LinkedHashMap<>();
        operationInput.put("type", operation.getType());
        operationInput.put("amount", operation.getAmount());
        operationInput.put("currency", operation.getCurrency());
        operationInput.put("orderId", operation.getOrderId());
        input.put("operation", operationInput);
        Map<String, Object> orderInput = new LinkedHashMap<>();
        orderInput.put("id", order.getId());
        orderInput.put("total", order.getTotal());
        orderInput.put("refundedTotal", order.getRefundedTotal());
        orderInput.put("status", order.getStatus());
        orderInput.put("customerEmail", order.getCustomerEmail());
        orderInput.put("currency", order.getCurrency());
        orderInput.put("deliveredDaysAgo", order.getDeliveredDaysAgo());
        input.put("order", orderInput);
        input.put("requester", Map.of("email", String.valueOf(requester.getEmail())));
        return decide(tenantId, subject, input, tenantSettings, List.of(operation, order, requester));
    }

    private Decision decide(String tenantId, String subject, Map<String, Object> input, Map<String, String> tenantSettings,
                            List<Object> facts) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(settingsOf(tenantSettings));
        input.put("settings", tenantSettings);
        RuleEvaluation evaluation = engine.evaluate(all);
        Verdict verdict = evaluation.verdict();
        Decision decision = new Decision(Ids.newId(), tenantId, subject, input, verdict.getPlaybook(), verdict.getTier(),
                verdict.isAllowed(), verdict.isApprovalRequired(), verdict.getApproverRole(), verdict.getReasons(),
                evaluation.firedRules(), evaluation.rulesVersion(), clock.instant());
        decisions.save(decision);
        return decision;
    }

    /** Numeric tenant settings become facts; the rule set's defaults apply to whatever a tenant leaves unset. */
    private static List<Setting> settingsOf(Map<String, String> tenantSettings) {
        List<Setting> settings = new ArrayList<>();
        tenantSettings.forEach((name, value) -> {
            try {
                settings.add(new Setting(name, new BigDecimal(value.strip())));
            } catch (NumberFormatException notANumber) {
                // non-numeric settings (names, flags) are not thresholds and do not enter the rules
            }
        });
        return settings;
    }
}

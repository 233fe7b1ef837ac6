package io.commerceresolver.policy;

import java.util.Map;

/**
 * A tenant's live rule set: its own published version, or the shared one from rules/. Each call sees one whole
 * version, however often it is republished meanwhile.
 */
public interface PolicyEngine {

    /** Which playbook a ticket goes to, under the tenant's thresholds (the least confidence it accepts). */
    RuleEvaluation triage(String tenantId, TicketTriage triage, Map<String, String> tenantSettings);

    /** Whether one operation may be performed and who must approve it, under the tenant's thresholds. */
    RuleEvaluation evaluate(String tenantId, OperationRequest request, Map<String, String> tenantSettings);

    /** Whom a ticket handed to a person goes to (rules/handoff.drl), under the tenant's thresholds. */
    HandoffRouting route(String tenantId, Handoff handoff, Map<String, String> tenantSettings);

    /** How a shipment stands against what the shop promised (rules/shipments.drl), under the tenant's thresholds. */
    ShipmentJudgement judge(String tenantId, Shipment shipment, Map<String, String> tenantSettings);

    /** Which tickets a change in the tenant's store opens (rules/store-events.drl), under the tenant's thresholds. */
    StoreEventVerdict react(String tenantId, StoreEvent event, Map<String, String> tenantSettings);

    String activeVersion(String tenantId);

    /** The defaults of the tenant's live version, by name in the order of {@link Thresholds#NAMES}. */
    DefaultThresholds defaultThresholds(String tenantId);
}

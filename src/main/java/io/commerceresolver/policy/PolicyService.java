package io.commerceresolver.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Ids;

/**
 * Asks the rule set and keeps the answer. Every decision is stored with its input, the rules that fired and
 * the rule set version, so any action can be explained later by the rule that allowed it.
 */
public class PolicyService {

    private final PolicyEngine engine;
    private final Decisions decisions;
    private final OrderFactsSource orders;
    private final RefundLedger ledger;
    private final Clock clock;

    public PolicyService(PolicyEngine engine, Decisions decisions, OrderFactsSource orders, RefundLedger ledger, Clock clock) {
        this.engine = engine;
        this.decisions = decisions;
        this.orders = orders;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Which playbook a ticket goes to, and at what tier, under the tenant's thresholds. */
    public Decision triage(String tenantId, String ticketId, TicketTriage triage, Map<String, String> tenantSettings) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("intent", triage.getIntent());
        input.put("confidence", triage.getConfidence());
        input.put("orderId", triage.getOrderId());
        input.put("settings", tenantSettings);
        RuleEvaluation evaluation = engine.triage(tenantId, triage, tenantSettings);
        input.put("thresholds", evaluation.thresholds());
        return record(tenantId, "ticket:" + ticketId, input, evaluation);
    }

    /** Which tickets a change in the store opens; the caller keeps the answer with the event and the tickets. */
    public StoreEventVerdict reactToStoreEvent(String tenantId, StoreEvent event, Map<String, String> tenantSettings) {
        return engine.react(tenantId, event, tenantSettings);
    }

    /**
     * Whom a ticket handed to a person goes to. The answer is kept in the ticket's story by the caller, with the rules
     * that fired and the rule set version; it is not a decision on an operation, so it is not a stored decision.
     */
    public HandoffRouting routeHandoff(String tenantId, Handoff handoff, Map<String, String> tenantSettings) {
        return engine.route(tenantId, handoff, tenantSettings);
    }

    /** How a shipment stands against what the shop promised; the caller keeps the answer in the ticket's story. */
    public ShipmentJudgement judgeShipment(String tenantId, Shipment shipment, Map<String, String> tenantSettings) {
        return engine.judge(tenantId, shipment, tenantSettings);
    }

    /**
     * Whether one operation may be performed, and who must approve it first. Where the request names an order but
     * does not describe it, or brings no refund history, both are gathered from the tenant's store and ledger.
     *
     * @throws BadRequest if the request names an order the tenant's store does not have
     */
    public Decision decide(String tenantId, String subject, OperationRequest request, Map<String, String> tenantSettings) {
        OperationRequest complete = gatherFacts(tenantId, request);
        Map<String, Object> input = DecisionInput.of(complete);
        input.put("settings", tenantSettings);
        RuleEvaluation evaluation = engine.evaluate(tenantId, complete, tenantSettings);
        input.put("thresholds", evaluation.thresholds());
        return record(tenantId, subject, input, evaluation);
    }

    /** One operation among many put to the rules at once, and what its decision is about. */
    public record Question(String subject, OperationRequest request) {
    }

    /**
     * Whether each of many operations may be performed (a changeset's), as {@link #decide} answers one, kept in few
     * statements. The operations must be complete: no order or history is gathered for them.
     */
    public List<Decision> decideAll(String tenantId, List<Question> questions, Map<String, String> tenantSettings) {
        List<Decision> answers = new ArrayList<>(questions.size());
        for (Question question : questions) {
            Map<String, Object> input = DecisionInput.of(question.request());
            input.put("settings", tenantSettings);
            RuleEvaluation evaluation = engine.evaluate(tenantId, question.request(), tenantSettings);
            input.put("thresholds", evaluation.thresholds());
            answers.add(decision(tenantId, question.subject(), input, evaluation));
        }
        decisions.saveAll(answers);
        return answers;
    }

    /** The thresholds in force for the tenant: its live rule set's defaults with its own settings laid over them. */
    public Thresholds thresholds(String tenantId, Map<String, String> tenantSettings) {
        return Thresholds.of(engine.defaultThresholds(tenantId).values(), tenantSettings);
    }

    private OperationRequest gatherFacts(String tenantId, OperationRequest request) {
        OperationRequest complete = request;
        if (complete.order() == null && complete.orderId() != null) {
            OrderFacts order = orders.find(tenantId, complete.orderId()).orElseThrow(() -> new BadRequest("operation.orderId",
                    "There is no order " + request.orderId() + " in the tenant's store, so the rules cannot be asked about it"));
            complete = complete.withOrder(order);
        }
        if (complete.history() == null && complete.orderId() != null) {
            complete = complete.withHistory(ledger.historyFor(tenantId, complete.order(), null));
        }
        return complete;
    }

    private Decision record(String tenantId, String subject, Map<String, Object> input, RuleEvaluation evaluation) {
        Decision decision = decision(tenantId, subject, input, evaluation);
        decisions.save(decision);
        return decision;
    }

    private Decision decision(String tenantId, String subject, Map<String, Object> input, RuleEvaluation evaluation) {
        Verdict verdict = evaluation.verdict();
        return new Decision(Ids.newId(), tenantId, subject, input, verdict.getPlaybook(), verdict.getTier(), verdict.isAllowed(),
                verdict.isApprovalRequired(), verdict.getApproverRole(), verdict.getReasons(), evaluation.firedRules(),
                evaluation.rulesVersion(), clock.instant());
    }
}

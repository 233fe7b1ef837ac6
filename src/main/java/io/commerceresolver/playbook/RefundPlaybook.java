package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.policy.Decision;

/**
 * The steps of the refund_order playbook (processes/refund_order.bpmn): get_order, check eligibility by the
 * rules, ask for approval when they say so, create_return_label, issue_refund, verify by reading the order
 * back, notify the customer. The process decides the order of steps; each step here is re-runnable.
 */
public class RefundPlaybook {

    public static final String NAME = "refund_order";
    public static final List<String> TOOLS = List.of("get_order", "create_return_label", "issue_refund", "send_notification");

    /** Routes out of the eligibility step; the process's gateway branches on them. */
    public static final String AUTO = "auto";
    public static final String APPROVAL = "approval";
    public static final String DECLINED = "declined";

    private final PlaybookRuns runs;
    private final OrderSteps orders;
    private final Runs runStore;
    private final EventLog events;
    private final ToolExecutor tools;
    private final CommerceConnector connector;
    private final ApprovalInbox approvals;

    public RefundPlaybook(PlaybookRuns runs, OrderSteps orders, Runs runStore, EventLog events, ToolExecutor tools,
                          CommerceConnector connector, ApprovalInbox approvals) {
        this.runs = runs;
        this.orders = orders;
        this.runStore = runStore;
        this.events = events;
        this.tools = tools;
        this.connector = connector;
        this.approvals = approvals;
    }

    public void getOrder(String tenantId, String runId) {
        orders.readOrder(runs.get(tenantId, runId));
    }

    /** Asks the rules whether this refund may happen and who must approve it; returns the route to take. */
    public String checkEligibility(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Order order = orders.orderAsRead(run);
        if (order == null) {
            runStore.saveResult(run.withResult("declinedBecause", List.of(String.valueOf(run.resultValue("orderError")))));
            return DECLINED;
        }
        BigDecimal amount = run.plan().amount() != null ? run.plan().amount() : order.refundableBalance();
        String currency = run.plan().currency() != null ? run.plan().currency() : order.currency();
        Decision decision = orders.decide(run, "check_eligibility", "issue_refund", amount, currency, order);
        AgentRun decided = run.withResult("refund", Map.of("amount", amount, "currency", currency))
                .withResult("eligibilityDecisionId", decision.id());
        if (!decision.allowed()) {
            runStore.saveResult(decided.withResult("declinedBecause", decision.reasons()));
            return DECLINED;
        }
        runStore.saveResult(decided.withResult("approverRole", decision.approverRole()));
        return decision.approvalRequired() ? APPROVAL : AUTO;
    }

    /** Puts the refund in the approval inbox and returns the role whose members may decide it. */
    public String requestApproval(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        String role = (String) run.resultValue("approverRole");
        Money amount = refundAmount(run);
        String summary = "Refund " + amount.amount() + " " + amount.currency() + " on order " + run.plan().orderId()
                + " requested by " + run.plan().requesterEmail();
        var approval = approvals.request(tenantId, runId, run.tier(), role, run.plan().requesterEmail(), summary);
        events.runEvent(run, "approval_requested", "approval", Map.of("approvalId", approval.id(), "approverRole", role,
                "summary", summary));
        runs.waitForApproval(run);
        return role;
    }

    /** Reads the decision back from the inbox, the record of who decided, and returns whether it was approved. */
    public boolean recordApprovalOutcome(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        var approval = approvals.forRun(tenantId, runId).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("approvalId", approval.id());
        payload.put("outcome", approval.outcome().name());
        payload.put("decidedBy", approval.decidedBy());
        payload.put("reason", approval.reason());
        events.runEvent(run, "approval", "approval", payload);
        boolean approved = approval.outcome() == ApprovalOutcome.APPROVED;
        if (approved) {
            runs.resume(run);
        } else {
            runStore.saveResult(run.withResult("declinedBecause",
                    List.of("Not approved by " + approval.decidedBy() + (approval.reason() == null ? "" : ": " + approval.reason()))));
        }
        return approved;
    }

    public void createReturnLabel(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Order order = orders.orderAsRead(run);
        if (!order.status().hasLeftTheWarehouse()) {
            events.runEvent(run, "note", "create_return_label",
                    Map.of("skipped", "create_return_label", "why", "the order has not shipped, so there is nothing to send back"));
            return;
        }
        ReturnLabel label = tools.call(run, "create_return_label", "create_return_label", Map.of("orderId", order.id()),
                ReturnLabel.class, key -> connector.createReturnLabel(tenantId, order.id(), key));
        runStore.saveResult(run.withResult("returnLabel", Map.of("id", label.id(), "carrier", label.carrier(),
                "trackingNumber", label.trackingNumber(), "labelUrl", label.labelUrl())));
    }

    public void issueRefund(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        requireAuthorised(run);
        Money amount = refundAmount(run);
        String orderId = run.plan().orderId();
        // the customer's email goes into the ledger entry: the policy counts a customer's refunds by it
        String customerEmail = orders.orderAsRead(run).customerEmail();
        Refund refund = tools.call(run, "issue_refund", "issue_refund",
                Map.of("orderId", orderId, "amount", amount.amount(), "currency", amount.currency(), "customerEmail", customerEmail),
                Refund.class,
                key -> connector.issueRefund(tenantId, orderId, amount, "Ticket " + run.ticketId(), key));
        runStore.saveResult(run.withResult("refundId", refund.id()));
    }

    /** Reads the order back: the refund counts only if the platform now shows it. */
    public void verifyRefund(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Order before = orders.orderAsRead(run);
        Money amount = refundAmount(run);
        Order after = tools.call(run, "verify", "get_order", Map.of("orderId", before.id()), Order.class,
                key -> connector.getOrder(tenantId, before.id()).orElseThrow());
        BigDecimal expected = before.refundedTotal().add(amount.amount());
        boolean passed = after.refundedTotal().compareTo(expected) >= 0;
        Map<String, Object> check = Map.of("check", "refunded total includes the refund", "expectedAtLeast", expected,
                "actual", after.refundedTotal(), "passed", passed);
        events.runEvent(run, "verify", "verify", check);
        runStore.saveResult(run.withResult("verification", check));
        if (!passed) {
            throw new IllegalStateException("Refund on order " + before.id() + " not visible: refunded total " + after.refundedTotal()
                    + ", expected at least " + expected);
        }
    }

    public void notifyCustomer(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Money amount = refundAmount(run);
        Object label = run.resultValue("returnLabel");
        String body = "Hello,\n\nWe have refunded " + amount.amount() + " " + amount.currency() + " for order "
                + run.plan().orderId() + " to your original payment method. It usually shows within 5-10 business days."
                + (label instanceof Map<?, ?> l ? "\n\nYour prepaid return label: " + l.get("labelUrl") : "")
                + "\n\nReference: ticket " + run.ticketId();
        orders.tellCustomer(run, "notify", "Your refund for order " + run.plan().orderId(), body);
    }

    public void finish(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        runs.finish(run, RunStatus.COMPLETED, Map.of("refundId", String.valueOf(run.resultValue("refundId"))));
    }

    /** Tells the customer why not, and closes the run as declined. */
    public void decline(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Object because = run.resultValue("declinedBecause");
        List<?> reasons = because instanceof List<?> list ? list : List.of("the request could not be approved");
        String body = "Hello,\n\nWe could not refund order " + run.plan().orderId() + " automatically: "
                + String.join("; ", reasons.stream().map(String::valueOf).toList())
                + ".\n\nA member of our team will follow up. Reference: ticket " + run.ticketId();
        orders.tellCustomer(run, "decline", "About your refund request for order " + run.plan().orderId(), body);
        runs.finish(runs.get(tenantId, runId), RunStatus.DECLINED, Map.of("reasons", reasons));
    }

    /** Defence in depth: the process routes around unapproved refunds, and this refuses them if it ever did not. */
    private void requireAuthorised(AgentRun run) {
        if (run.resultValue("eligibilityDecisionId") == null || run.resultValue("declinedBecause") != null) {
            throw new ToolNotPermitted("Run " + run.id() + " has no decision allowing a refund");
        }
        if (run.resultValue("approverRole") != null && !approvals.isApproved(run.tenantId(), run.id())) {
            throw new ToolNotPermitted("Run " + run.id() + " needs an approval it does not have");
        }
    }

    private static Money refundAmount(AgentRun run) {
        Map<?, ?> refund = (Map<?, ?>) run.resultValue("refund");
        return new Money(new BigDecimal(String.valueOf(refund.get("amount"))), String.valueOf(refund.get("currency")));
    }
}

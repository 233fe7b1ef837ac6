package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * Steps more than one playbook takes: reading the run's order, asking the rules about an operation on it, and
 * writing to the customer.
 */
public class OrderSteps {

    static final String GET_ORDER = "get_order";
    /** Playbooks act as the resolver itself, in the role of a support agent (rules/tool-permissions.dmn). */
    static final Actor RESOLVER = new Actor("commerce-resolver", "agent");

    private final Runs runs;
    private final ToolExecutor tools;
    private final CommerceConnector connector;
    private final PolicyService policy;
    private final RefundLedger ledger;
    private final TenantDirectory tenants;
    private final EventLog events;
    private final Clock clock;

    public OrderSteps(Runs runs, ToolExecutor tools, CommerceConnector connector, PolicyService policy, RefundLedger ledger,
                      TenantDirectory tenants, EventLog events, Clock clock) {
        this.runs = runs;
        this.tools = tools;
        this.connector = connector;
        this.policy = policy;
        this.ledger = ledger;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** Reads the order the run is about, once; a missing order is recorded for the next step to decide on. */
    void readOrder(AgentRun run) {
        String orderId = run.plan().orderId();
        try {
            Order order = tools.call(run, GET_ORDER, "get_order", Map.of("orderId", orderId), Order.class,
                    key -> connector.getOrder(run.tenantId(), orderId)
                            .orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + orderId + " in the store")));
            runs.saveResult(run.withResult("order", Map.of("id", order.id(), "status", order.status().name(),
                    "total", order.total(), "refundedTotal", order.refundedTotal(), "currency", order.currency())));
        } catch (ConnectorRejection notFound) {
            runs.saveResult(run.withResult("orderError", notFound.getMessage()));
        }
    }

    /** The order as the run first read it, or null if there was none. */
    Order orderAsRead(AgentRun run) {
        return tools.previousResult(run, GET_ORDER, "get_order", Order.class).orElse(null);
    }

    /**
     * Asks the tenant's rules about one operation on the order as the run read it, on behalf of whoever asked, and
     * records the decision in the run's story under {@code step}.
     */
    Decision decide(AgentRun run, String step, String operationType, BigDecimal amount, String currency, Order order) {
        Integer deliveredDaysAgo = order.deliveredAt() == null ? null
                : (int) Duration.between(order.deliveredAt(), clock.instant()).toDays();
        OrderFacts facts = new OrderFacts(order.id(), order.total(), order.refundedTotal(), order.status().name().toLowerCase(Locale.ROOT),
                order.customerEmail(), order.currency(), deliveredDaysAgo);
        OperationRequest request = OperationRequest.onOrder(operationType, amount, currency, RESOLVER, facts,
                new Requester(run.plan().requesterEmail()), ledger.historyFor(run.tenantId(), facts, run.id()));
        Decision decision = policy.decide(run.tenantId(), "run:" + run.id() + ":" + operationType, request,
                tenants.find(run.tenantId()).orElseThrow().settings());
        events.runEvent(run, "decision", step, decision.asEventPayload());
        return decision;
    }

    void tellCustomer(AgentRun run, String step, String subject, String body) {
        Notification message = new Notification(run.plan().orderId(), run.plan().requesterEmail(), subject, body);
        NotificationSent sent = tools.call(run, step, "send_notification", message, NotificationSent.class,
                key -> connector.sendNotification(run.tenantId(), message, key));
        AgentRun current = runs.findById(run.tenantId(), run.id()).orElseThrow();
        runs.saveResult(current.withResult("notification", Map.of("id", sent.id(), "to", sent.toAddress())));
    }
}

package io.commerceresolver.playbook;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.policy.Decision;

/**
 * The steps of the order_status playbook (processes/order_status.bpmn): get_order, ask the rules whether the
 * order's details may be sent to whoever asked, get_tracking, tell the customer. Nothing in the store changes.
 */
public class OrderStatusPlaybook {

    public static final String NAME = "order_status";
    public static final List<String> TOOLS = List.of("get_order", "get_tracking", "send_notification");

    public static final String ALLOWED = "allowed";
    public static final String HAND_OVER = "hand_over";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final PlaybookRuns runs;
    private final OrderSteps orders;
    private final Runs runStore;
    private final ToolExecutor tools;
    private final CommerceConnector connector;

    public OrderStatusPlaybook(PlaybookRuns runs, OrderSteps orders, Runs runStore, ToolExecutor tools,
                               CommerceConnector connector) {
        this.runs = runs;
        this.orders = orders;
        this.runStore = runStore;
        this.tools = tools;
        this.connector = connector;
    }

    public void getOrder(String tenantId, String runId) {
        orders.readOrder(runs.get(tenantId, runId));
    }

    /** Order details go out only as the rules allow (to the order's own customer); returns the route to take. */
    public String checkDisclosure(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Order order = orders.orderAsRead(run);
        if (order == null) {
            runStore.saveResult(run.withResult("handedOverBecause", List.of(String.valueOf(run.resultValue("orderError")))));
            return HAND_OVER;
        }
        Decision decision = orders.decide(run, "check_disclosure", "send_notification", null, null, order);
        AgentRun decided = run.withResult("eligibilityDecisionId", decision.id());
        if (!decision.allowed()) {
            runStore.saveResult(decided.withResult("handedOverBecause", decision.reasons()));
            return HAND_OVER;
        }
        runStore.saveResult(decided);
        return ALLOWED;
    }

    public void getTracking(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        String orderId = run.plan().orderId();
        Tracking tracking = tools.call(run, "get_tracking", "get_tracking", Map.of("orderId", orderId), Tracking.class,
                key -> connector.getTracking(tenantId, orderId));
        runStore.saveResult(run.withResult("tracking", Map.of("status", tracking.status().name(),
                "carrier", String.valueOf(tracking.carrier()), "trackingNumber", String.valueOf(tracking.trackingNumber()))));
    }

    public void notifyCustomer(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Tracking tracking = tools.previousResult(run, "get_tracking", "get_tracking", Tracking.class).orElseThrow();
        String orderId = run.plan().orderId();
        orders.tellCustomer(run, "notify", "Where your order " + orderId + " is",
                "Hello,\n\n" + whereItIs(orderId, tracking) + "\n\nReference: ticket " + run.ticketId());
    }

    public void finish(String tenantId, String runId) {
        runs.finish(runs.get(tenantId, runId), RunStatus.COMPLETED, Map.of());
    }

    /** Nothing is sent to a requester the rules do not allow; a person picks the ticket up. */
    public void handOver(String tenantId, String runId) {
        AgentRun run = runs.get(tenantId, runId);
        Object because = run.resultValue("handedOverBecause");
        runs.finish(run, RunStatus.HANDED_OVER, Map.of("reasons", because == null ? List.of() : because));
    }

    private static String whereItIs(String orderId, Tracking tracking) {
        return switch (tracking.status()) {
            case PROCESSING -> "Your order " + orderId + " is being prepared and has not shipped yet.";
            case SHIPPED -> "Your order " + orderId + " shipped on " + DAY.format(tracking.shippedAt()) + " with "
                    + tracking.carrier() + ", tracking number " + tracking.trackingNumber() + ". It is on its way.";
            case DELIVERED -> "Your order " + orderId + " was delivered on " + DAY.format(tracking.deliveredAt()) + " ("
                    + tracking.carrier() + ", tracking number " + tracking.trackingNumber() + ").";
            case CANCELLED -> "Your order " + orderId + " was cancelled, so it will not ship.";
        };
    }
}

package io.commerceresolver.playbook;

import java.util.Map;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;

/** Steps more than one playbook takes: reading the run's order, and writing to the customer. */
public class OrderSteps {

    static final String GET_ORDER = "get_order";

    private final Runs runs;
    private final ToolExecutor tools;
    private final CommerceConnector connector;

    public OrderSteps(Runs runs, ToolExecutor tools, CommerceConnector connector) {
        this.runs = runs;
        this.tools = tools;
        this.connector = connector;
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

    void tellCustomer(AgentRun run, String step, String subject, String body) {
        Notification message = new Notification(run.plan().orderId(), run.plan().requesterEmail(), subject, body);
        NotificationSent sent = tools.call(run, step, "send_notification", message, NotificationSent.class,
                key -> connector.sendNotification(run.tenantId(), message, key));
        AgentRun current = runs.findById(run.tenantId(), run.id()).orElseThrow();
        runs.saveResult(current.withResult("notification", Map.of("id", sent.id(), "to", sent.toAddress())));
    }
}

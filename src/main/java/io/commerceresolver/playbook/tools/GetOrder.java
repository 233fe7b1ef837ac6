package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/** Reads the run's order: first to know it, and again at step {@value #READ_BACK} to verify what the run did. */
public final class GetOrder implements Tool<OrderQuery, Order> {

    public static final String NAME = "get_order";
    public static final String READ_BACK = "read_back";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Capability capability() {
        return Capability.ORDERS;
    }

    @Override
    public Class<OrderQuery> requestType() {
        return OrderQuery.class;
    }

    @Override
    public Class<Order> responseType() {
        return Order.class;
    }

    /** Names the run's return label once it has one, so the read-back looks for it where it was issued. */
    @Override
    public OrderQuery request(RunContext run, Message message) {
        ReturnLabel label = run.state().getReturnLabel();
        return new OrderQuery(run.plan().orderId(), label == null ? null : label.id());
    }

    /**
     * The order, with the run's return label when the system that issued it shows it: a label bought from a shipping
     * vendor is not on the store's order, and only that vendor can say whether the label exists.
     */
    @Override
    public Order call(CommerceConnector store, String tenantId, OrderQuery request, String idempotencyKey) {
        Order order = store.getOrder(tenantId, request.orderId())
                .orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + request.orderId() + " in the store"));
        String labelId = request.returnLabelId();
        if (labelId == null || order.returnLabels().stream().anyMatch(label -> label.id().equals(labelId))) {
            return order;
        }
        return store.findReturnLabel(tenantId, request.orderId(), labelId).map(order::withReturnLabel).orElse(order);
    }

    @Override
    public void record(RunState state, String step, Order order) {
        // read_back, and read_back_again after a repair: the order as the run's writes left it
        if (step.startsWith(READ_BACK)) {
            state.setOrderAfter(order);
        } else {
            state.setOrder(order);
        }
    }
}

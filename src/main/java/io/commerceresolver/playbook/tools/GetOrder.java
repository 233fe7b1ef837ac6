package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Order;
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
    public Class<OrderQuery> requestType() {
        return OrderQuery.class;
    }

    @Override
    public Class<Order> responseType() {
        return Order.class;
    }

    @Override
    public OrderQuery request(RunContext run, Message message) {
        return new OrderQuery(run.plan().orderId());
    }

    @Override
    public Order call(CommerceConnector store, String tenantId, OrderQuery request, String idempotencyKey) {
        return store.getOrder(tenantId, request.orderId())
                .orElseThrow(() -> new ConnectorRejection("order_not_found", "No order " + request.orderId() + " in the store"));
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

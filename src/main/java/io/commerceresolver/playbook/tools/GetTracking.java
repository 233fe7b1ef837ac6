package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

public final class GetTracking implements Tool<OrderQuery, Tracking> {

    @Override
    public String name() {
        return "get_tracking";
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
    public Class<Tracking> responseType() {
        return Tracking.class;
    }

    @Override
    public OrderQuery request(RunContext run, Message message) {
        return new OrderQuery(run.plan().orderId());
    }

    @Override
    public Tracking call(CommerceConnector store, String tenantId, OrderQuery request, String idempotencyKey) {
        return store.getTracking(tenantId, request.orderId());
    }

    @Override
    public void record(RunState state, String step, Tracking tracking) {
        state.setTracking(tracking);
    }
}

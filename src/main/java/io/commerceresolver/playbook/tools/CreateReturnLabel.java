package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

public final class CreateReturnLabel implements Tool<OrderQuery, ReturnLabel> {

    @Override
    public String name() {
        return "create_return_label";
    }

    @Override
    public Capability capability() {
        return Capability.SHIPPING;
    }

    @Override
    public Class<OrderQuery> requestType() {
        return OrderQuery.class;
    }

    @Override
    public Class<ReturnLabel> responseType() {
        return ReturnLabel.class;
    }

    @Override
    public OrderQuery request(RunContext run, Message message) {
        return new OrderQuery(run.plan().orderId());
    }

    @Override
    public String nothingToDo(RunContext run) {
        return run.state().getOrder() != null && !run.state().getOrder().status().hasLeftTheWarehouse()
                ? "the order has not shipped, so there is nothing to send back" : null;
    }

    @Override
    public ReturnLabel call(CommerceConnector store, String tenantId, OrderQuery request, String idempotencyKey) {
        return store.createReturnLabel(tenantId, request.orderId(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, ReturnLabel label) {
        state.setReturnLabel(label);
    }
}

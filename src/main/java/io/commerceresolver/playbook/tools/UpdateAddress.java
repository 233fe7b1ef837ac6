package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/** Sends the run's order to its new address: the parts the ticket named over the ones the order had when read. */
public final class UpdateAddress implements Tool<AddressChange, Order> {

    @Override
    public String name() {
        return "update_address";
    }

    @Override
    public Capability capability() {
        return Capability.ORDERS;
    }

    @Override
    public Class<AddressChange> requestType() {
        return AddressChange.class;
    }

    @Override
    public Class<Order> responseType() {
        return Order.class;
    }

    @Override
    public AddressChange request(RunContext run, Message message) {
        if (!(run.plan() instanceof AddressChange.Asked asked) || asked.newAddress() == null || run.state().getOrder() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " has no new address to send its order to");
        }
        Address address = AddressChange.merged(run.state().getOrder().shippingAddress(), asked.newAddress());
        return new AddressChange(run.plan().orderId(), address);
    }

    @Override
    public Order call(CommerceConnector store, String tenantId, AddressChange request, String idempotencyKey) {
        return store.updateAddress(tenantId, request.orderId(), request.address(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, Order updated) {
        state.setReaddressed(updated);
    }
}

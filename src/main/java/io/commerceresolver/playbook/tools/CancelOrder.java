package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/**
 * Cancels the run's order; the store returns what was captured of its payment with it. The rules judge the call by
 * that sum, the same one they authorised for the run (the order's refundable balance when it was read).
 */
public final class CancelOrder implements Tool<CancelRequest, Order> {

    @Override
    public String name() {
        return "cancel_order";
    }

    @Override
    public Capability capability() {
        return Capability.ORDERS;
    }

    @Override
    public Class<CancelRequest> requestType() {
        return CancelRequest.class;
    }

    @Override
    public Class<Order> responseType() {
        return Order.class;
    }

    @Override
    public CancelRequest request(RunContext run, Message message) {
        RunState.Authorisation authorised = run.state().getAuthorisation();
        if (authorised == null || authorised.amount() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " has no authorised cancellation");
        }
        return new CancelRequest(run.plan().orderId(), authorised.amount(), authorised.currency(), "Ticket " + run.run().ticketId());
    }

    @Override
    public Proposal proposal(CancelRequest request) {
        return new Proposal(request.returned());
    }

    @Override
    public Order call(CommerceConnector store, String tenantId, CancelRequest request, String idempotencyKey) {
        return store.cancelOrder(tenantId, request.orderId(), request.reason(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, Order cancelled) {
        state.setCancelled(cancelled);
    }
}

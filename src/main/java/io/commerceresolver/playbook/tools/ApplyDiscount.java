package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/**
 * Credits the run's order the goodwill sum the rules authorised (a share of the order the tenant's thresholds name),
 * never another: the store pays it back as part of the order's refunded total and lists it among the order's credits.
 */
public final class ApplyDiscount implements Tool<DiscountRequest, Discount> {

    @Override
    public String name() {
        return "apply_discount";
    }

    @Override
    public Capability capability() {
        return Capability.PAYMENTS;
    }

    @Override
    public Class<DiscountRequest> requestType() {
        return DiscountRequest.class;
    }

    @Override
    public Class<Discount> responseType() {
        return Discount.class;
    }

    @Override
    public DiscountRequest request(RunContext run, Message message) {
        RunState.Authorisation authorised = run.state().getAuthorisation();
        if (authorised == null || authorised.amount() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " has no authorised goodwill credit");
        }
        return new DiscountRequest(run.plan().orderId(), authorised.amount(), authorised.currency(),
                "Goodwill, ticket " + run.run().ticketId());
    }

    @Override
    public Proposal proposal(DiscountRequest request) {
        return new Proposal(request.money());
    }

    @Override
    public Discount call(CommerceConnector store, String tenantId, DiscountRequest request, String idempotencyKey) {
        return store.applyDiscount(tenantId, request.orderId(), request.money(), request.reason(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, Discount discount) {
        state.setDiscount(discount);
    }
}

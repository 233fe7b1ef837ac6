package io.commerceresolver.playbook.tools;

import java.util.List;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/**
 * Sends the customer the goods they send back again, as a new order at no charge. The rules judge the call by what
 * the goods are worth, the sum they authorised for the run.
 */
public final class CreateReplacement implements Tool<ReplacementRequest, Replacement> {

    @Override
    public String name() {
        return "create_replacement";
    }

    @Override
    public Capability capability() {
        return Capability.ORDERS;
    }

    @Override
    public Class<ReplacementRequest> requestType() {
        return ReplacementRequest.class;
    }

    @Override
    public Class<Replacement> responseType() {
        return Replacement.class;
    }

    @Override
    public ReplacementRequest request(RunContext run, Message message) {
        if (run.state().getOrder() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " has not read the order whose goods it replaces");
        }
        // a return names the goods sent back; a shipment the carrier lost is replaced whole
        List<String> named = run.plan() instanceof ReturnedItems.Asked asked ? asked.skus() : List.of();
        ReturnedItems items = ReturnedItems.of(run.state().getOrder(), named);
        return new ReplacementRequest(run.plan().orderId(), items.skus(), items.value().amount(), items.value().currency());
    }

    @Override
    public Proposal proposal(ReplacementRequest request) {
        return new Proposal(request.money());
    }

    @Override
    public Replacement call(CommerceConnector store, String tenantId, ReplacementRequest request, String idempotencyKey) {
        return store.createReplacement(tenantId, request.orderId(), request.skus(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, Replacement replacement) {
        state.setReplacement(replacement);
    }
}

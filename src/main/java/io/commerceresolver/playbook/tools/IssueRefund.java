package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;
import io.commerceresolver.connector.Money;

/** Refunds the sum the rules authorised for the run, never another. */
public final class IssueRefund implements Tool<RefundRequest, Refund> {

    @Override
    public String name() {
        return "issue_refund";
    }

    @Override
    public Capability capability() {
        return Capability.PAYMENTS;
    }

    @Override
    public Class<RefundRequest> requestType() {
        return RefundRequest.class;
    }

    @Override
    public Class<Refund> responseType() {
        return Refund.class;
    }

    @Override
    public RefundRequest request(RunContext run, Message message) {
        RunState.Authorisation authorised = run.state().getAuthorisation();
        if (authorised == null || authorised.amount() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " has no authorised refund amount");
        }
        Money amount = new Money(authorised.amount(), authorised.currency());
        return new RefundRequest(run.plan().orderId(), amount.amount(), amount.currency(), run.state().getOrder().customerEmail(),
                "Ticket " + run.run().ticketId());
    }

    @Override
    public Proposal proposal(RefundRequest request) {
        return new Proposal(request.money());
    }

    @Override
    public Refund call(CommerceConnector store, String tenantId, RefundRequest request, String idempotencyKey) {
        return store.issueRefund(tenantId, request.orderId(), request.money(), request.reason(), idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, Refund refund) {
        state.setRefund(refund);
    }
}

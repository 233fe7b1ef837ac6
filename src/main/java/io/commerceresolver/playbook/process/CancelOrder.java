package io.commerceresolver.playbook.process;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;

/**
 * processes/cancel_order.bpmn: cancel an order before it ships; the store returns its captured payment with the
 * cancellation, and the run reads the order back to see both.
 */
@Component
public class CancelOrder implements PlaybookDeclaration<CancelOrder.CancelPlan> {

    public record CancelPlan(String orderId, String requesterEmail) implements Plan {
    }

    @Override
    public String name() {
        return "cancel_order";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "cancel_order", "send_notification");
    }

    @Override
    public Class<CancelPlan> planType() {
        return CancelPlan.class;
    }

    @Override
    public CancelPlan plan(TicketFacts ticket) {
        return new CancelPlan(ticket.orderId(), ticket.requesterEmail());
    }

    /** The sum a cancellation moves: what is still captured of the order's payment, which the store returns. */
    @Override
    public Proposal propose(String tool, CancelPlan plan, RunState state) {
        Order order = state.getOrder();
        if (!"cancel_order".equals(tool) || order == null) {
            return Proposal.NONE;
        }
        return new Proposal(new Money(order.refundableBalance(), order.currency()));
    }
}

package io.commerceresolver.playbook.process;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;

/** processes/refund_order.bpmn: refund the sum asked for, or what is left to refund when none was named. */
@Component
public class RefundOrder implements PlaybookDeclaration<RefundOrder.RefundPlan> {

    /**
     * @param amount   the sum the customer asked for; null means "what is left to refund"
     * @param currency the currency they named; null means the order's
     */
    public record RefundPlan(String orderId, BigDecimal amount, String currency, String requesterEmail) implements Plan {
    }

    @Override
    public String name() {
        return "refund_order";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "create_return_label", "issue_refund", "send_notification");
    }

    @Override
    public Class<RefundPlan> planType() {
        return RefundPlan.class;
    }

    @Override
    public RefundPlan plan(TicketFacts ticket) {
        return new RefundPlan(ticket.orderId(), ticket.requestedAmount(), ticket.requestedCurrency(), ticket.requesterEmail());
    }

    @Override
    public Proposal propose(String tool, RefundPlan plan, RunState state) {
        Order order = state.getOrder();
        if (!"issue_refund".equals(tool) || order == null) {
            return Proposal.NONE;
        }
        return new Proposal(new Money(plan.amount() != null ? plan.amount() : order.refundableBalance(),
                plan.currency() != null ? plan.currency() : order.currency()));
    }
}

package io.commerceresolver.playbook.process;

import java.math.RoundingMode;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.policy.Thresholds;

/**
 * processes/goodwill_discount.bpmn: credit a customer who asks for a discount for their trouble a goodwill share of
 * their order, within the tenant's goodwill limits, and read the order back to see the credit.
 */
@Component
public class GoodwillDiscount implements PlaybookDeclaration<GoodwillDiscount.GoodwillPlan> {

    /** No sum: what a customer asks for is not what they get; the tenant's goodwill share of the order is. */
    public record GoodwillPlan(String orderId, String requesterEmail) implements Plan {
    }

    @Override
    public String name() {
        return "goodwill_discount";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "apply_discount", "send_notification");
    }

    @Override
    public Class<GoodwillPlan> planType() {
        return GoodwillPlan.class;
    }

    @Override
    public GoodwillPlan plan(TicketFacts ticket) {
        return new GoodwillPlan(ticket.orderId(), ticket.requesterEmail());
    }

    /** The credit: the tenant's goodwill share (rules/policy-thresholds.dmn, or its own setting) of the order's total, to the cent. */
    @Override
    public Proposal propose(String tool, GoodwillPlan plan, RunState state, Thresholds thresholds) {
        Order order = state.getOrder();
        if (!"apply_discount".equals(tool) || order == null) {
            return Proposal.NONE;
        }
        return new Proposal(credit(order, thresholds));
    }

    /** The tenant's goodwill share of the order's total, to the cent: what a goodwill credit on it comes to. */
    static Money credit(Order order, Thresholds thresholds) {
        return new Money(order.total().multiply(thresholds.getGoodwillShare()).setScale(2, RoundingMode.HALF_UP), order.currency());
    }
}

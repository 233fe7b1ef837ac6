package io.commerceresolver.playbook.process;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.playbook.tools.ReturnedItems;
import io.commerceresolver.policy.Thresholds;

/**
 * processes/order_status.bpmn: tell the order's customer where the order is. A shipment late against its promised
 * date earns the goodwill credit the rules allow, one its carrier reports lost a replacement of the whole order;
 * otherwise nothing in the store changes.
 */
@Component
public class OrderStatus implements PlaybookDeclaration<OrderStatus.StatusPlan> {

    public record StatusPlan(String orderId, String requesterEmail) implements Plan {
    }

    @Override
    public String name() {
        return "order_status";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "get_tracking", "send_notification", "apply_discount", "create_replacement");
    }

    @Override
    public Class<StatusPlan> planType() {
        return StatusPlan.class;
    }

    @Override
    public StatusPlan plan(TicketFacts ticket) {
        return new StatusPlan(ticket.orderId(), ticket.requesterEmail());
    }

    /** The remedy's worth, for the rules to judge: the goodwill playbook's credit, or the goods of the whole order. */
    @Override
    public Proposal propose(String tool, StatusPlan plan, RunState state, Thresholds thresholds) {
        Order order = state.getOrder();
        if (order == null) {
            return Proposal.NONE;
        }
        return switch (tool) {
            case "apply_discount" -> new Proposal(GoodwillDiscount.credit(order, thresholds));
            case "create_replacement" -> new Proposal(ReturnedItems.of(order, List.of()).value());
            default -> Proposal.NONE;
        };
    }
}

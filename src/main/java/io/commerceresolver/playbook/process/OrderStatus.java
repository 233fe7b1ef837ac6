package io.commerceresolver.playbook.process;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.TicketFacts;

/** processes/order_status.bpmn: tell the order's customer where the order is. Nothing in the store changes. */
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
        return Set.of("get_order", "get_tracking", "send_notification");
    }

    @Override
    public Class<StatusPlan> planType() {
        return StatusPlan.class;
    }

    @Override
    public StatusPlan plan(TicketFacts ticket) {
        return new StatusPlan(ticket.orderId(), ticket.requesterEmail());
    }
}

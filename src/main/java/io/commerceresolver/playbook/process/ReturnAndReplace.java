package io.commerceresolver.playbook.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.playbook.tools.Remedy;
import io.commerceresolver.playbook.tools.ReturnedItems;

/**
 * processes/return_and_replace.bpmn: the customer sends goods back with a prepaid label, and gets the same goods again
 * (a replacement order) or their money back, as they asked: a ticket read as a replacement request asks for the goods,
 * one read as a return asks for the money. The rules decide whether either may be done and who must agree.
 */
@Component
public class ReturnAndReplace implements PlaybookDeclaration<ReturnAndReplace.ReturnPlan> {

    /** @param skus the goods sent back, as the ticket names them; none means the whole order */
    public record ReturnPlan(String orderId, String requesterEmail, Remedy remedy, List<String> skus) implements Plan, ReturnedItems.Asked {

        public ReturnPlan {
            skus = skus == null ? List.of() : List.copyOf(skus);
        }
    }

    @Override
    public String name() {
        return "return_and_replace";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "create_return_label", "create_replacement", "issue_refund", "send_notification");
    }

    @Override
    public Class<ReturnPlan> planType() {
        return ReturnPlan.class;
    }

    @Override
    public ReturnPlan plan(TicketFacts ticket) {
        Remedy remedy = "replacement_request".equals(ticket.intent()) ? Remedy.REPLACEMENT : Remedy.REFUND;
        return new ReturnPlan(ticket.orderId(), ticket.requesterEmail(), remedy, ticket.skus());
    }

    /**
     * A replacement is judged by what the goods are worth; a refund pays for the goods sent back, or what is left to
     * refund when the whole order comes back.
     */
    @Override
    public Proposal propose(String tool, ReturnPlan plan, RunState state) {
        Order order = state.getOrder();
        if (order == null || !tool.equals(plan.remedy().operation())) {
            return Proposal.NONE;
        }
        ReturnedItems items = ReturnedItems.of(order, plan.skus());
        if (plan.remedy() == Remedy.REFUND && items.isWholeOrder(order)) {
            return new Proposal(new Money(order.refundableBalance(), order.currency()));
        }
        return new Proposal(items.value());
    }

    /** Nothing can be sent back from an order that has not shipped, nor goods the order does not have. */
    @Override
    public List<String> problems(String operation, ReturnPlan plan, RunState state) {
        Order order = state.getOrder();
        if (order == null || !operation.equals(plan.remedy().operation())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (!order.status().hasLeftTheWarehouse()) {
            problems.add("Order " + order.id() + " is " + order.status() + ": it has not shipped, so there is nothing to send back");
        }
        ReturnedItems.notOnOrder(order, plan.skus())
                .forEach(sku -> problems.add("The ticket names " + sku + ", which is not on order " + order.id()));
        return problems;
    }
}

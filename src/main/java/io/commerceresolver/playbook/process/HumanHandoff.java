package io.commerceresolver.playbook.process;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.TicketFacts;

/**
 * processes/human_handoff.bpmn: give the ticket, with its whole story, to the person rules/handoff.drl names. The
 * rules choose it for a ticket no playbook can take; every other playbook calls it where it gives up. It calls no
 * tool and reads no order: it changes nothing in the store.
 */
@Component
public class HumanHandoff implements PlaybookDeclaration<HumanHandoff.HandoffPlan> {

    /** @param orderId the order the ticket names, if any, for the person who takes it */
    public record HandoffPlan(String orderId, String requesterEmail, String intent) implements Plan {

        @Override
        public String subject() {
            return orderId == null ? "a ticket naming no order" : "order " + orderId;
        }
    }

    @Override
    public String name() {
        return HandOver.HUMAN_HANDOFF;
    }

    @Override
    public Set<String> tools() {
        return Set.of();
    }

    @Override
    public Class<HandoffPlan> planType() {
        return HandoffPlan.class;
    }

    @Override
    public HandoffPlan plan(TicketFacts ticket) {
        return new HandoffPlan(ticket.orderId(), ticket.requesterEmail(), ticket.intent());
    }

    @Override
    public boolean readsAnOrder() {
        return false;
    }
}

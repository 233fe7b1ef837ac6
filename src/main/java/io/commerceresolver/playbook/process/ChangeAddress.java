package io.commerceresolver.playbook.process;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.playbook.tools.AddressChange;

/**
 * processes/address_change.bpmn: send an order that has not shipped to the address the ticket names. The address is
 * checked (street, city, country, the country's postal code format) before the rules are asked, and read back after.
 */
@Component
public class ChangeAddress implements PlaybookDeclaration<ChangeAddress.AddressPlan> {

    /** @param newAddress only the parts the ticket names; the rest stays as the order has it */
    public record AddressPlan(String orderId, String requesterEmail, Address newAddress) implements Plan, AddressChange.Asked {
    }

    @Override
    public String name() {
        return "address_change";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_order", "update_address", "send_notification");
    }

    @Override
    public Class<AddressPlan> planType() {
        return AddressPlan.class;
    }

    @Override
    public AddressPlan plan(TicketFacts ticket) {
        return new AddressPlan(ticket.orderId(), ticket.requesterEmail(), ticket.newAddress());
    }

    @Override
    public List<String> problems(String operation, AddressPlan plan, RunState state) {
        Order order = state.getOrder();
        if (!"update_address".equals(operation) || order == null) {
            return List.of();
        }
        if (plan.newAddress() == null) {
            return List.of("The ticket names no new address");
        }
        Address merged = AddressChange.merged(order.shippingAddress(), plan.newAddress());
        if (AddressChange.samePlace(merged, order.shippingAddress())) {
            return List.of("The order already ships to that address");
        }
        return AddressChange.problems(merged);
    }
}

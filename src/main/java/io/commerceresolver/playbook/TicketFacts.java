package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.List;

import io.commerceresolver.connector.Address;

/**
 * What a ticket says, as a playbook's plan is made from it: the order, the sum asked for and its currency (each null when not named),
 * the SKUs named, the address an order should go to instead (only the parts the ticket names; null when none), who
 * wrote, and what the reader says the ticket asks for (its intent code, such as {@code replacement_request}). Read by
 * the ticket reader; never an amount it invented.
 */
public record TicketFacts(String orderId, BigDecimal requestedAmount, String requestedCurrency, List<String> skus,
                          Address newAddress, String requesterEmail, String intent) {

    public TicketFacts {
        skus = skus == null ? List.of() : List.copyOf(skus);
    }
}

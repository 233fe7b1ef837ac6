package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.List;

import io.commerceresolver.connector.Address;

/**
 * What a ticket says, as a playbook's plan is made from it: the order, the sum asked for and its currency (each null when not named),
 * the SKUs named, the address an order should go to instead (only the parts the ticket names; null when none), and who
 * wrote; for a seller's catalogue ticket also what it asks for (the intent), the new price and its currency, the
 * percentage named and the product fields named. Read by the ticket reader; never an amount it invented.
 */
public record TicketFacts(String orderId, BigDecimal requestedAmount, String requestedCurrency, List<String> skus,
                          Address newAddress, String requesterEmail, String intent, BigDecimal requestedPrice,
                          String requestedPriceCurrency, BigDecimal requestedPercentage, ProductAsk product) {

    /** A ticket about an order: no catalogue fields. */
    public TicketFacts(String orderId, BigDecimal requestedAmount, String requestedCurrency, List<String> skus, Address newAddress,
                       String requesterEmail, String intent) {
        this(orderId, requestedAmount, requestedCurrency, skus, newAddress, requesterEmail, intent, null, null, null, null);
    }

    /** A product a seller wants listed or restocked, as the ticket names it: any field may be null. */
    public record ProductAsk(String sku, String title, BigDecimal price, String currency, Integer stock, String category) {
    }

    public TicketFacts {
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    /** A ticket about an order. */
    public TicketFacts(String orderId, BigDecimal requestedAmount, String requestedCurrency, List<String> skus, Address newAddress,
                       String requesterEmail) {
        this(orderId, requestedAmount, requestedCurrency, skus, newAddress, requesterEmail, null, null, null, null, null);
    }
}

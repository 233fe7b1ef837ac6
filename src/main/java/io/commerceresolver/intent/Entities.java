package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a ticket names. Any of it may be absent (null or empty): a customer often asks for "a refund" without
 * saying how much.
 *
 * @param orderId             the order the ticket is about
 * @param amounts             the sums of money the ticket names; the one it asks for comes first
 * @param skus                the product codes it names
 * @param newAddress          where an order should go instead
 * @param requestedPrice      the price a seller wants a product set to
 * @param requestedPercentage the percentage asked for (a discount, a price change, a promotion)
 * @param product             the fields of a product to create or restock
 */
public record Entities(String orderId, List<Amount> amounts, List<String> skus, PostalAddress newAddress,
                       Amount requestedPrice, BigDecimal requestedPercentage, ProductFields product) {

    public Entities {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    public static Entities none() {
        return new Entities(null, List.of(), List.of(), null, null, null, null);
    }

    /** The sum the ticket asks for, if it names one. */
    public Amount requestedAmount() {
        return amounts.isEmpty() ? null : amounts.get(0);
    }

    public Entities withOrderId(String orderId) {
        return new Entities(orderId, amounts, skus, newAddress, requestedPrice, requestedPercentage, product);
    }
}

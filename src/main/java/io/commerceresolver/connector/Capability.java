package io.commerceresolver.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a tenant's connector may be asked to do, one configuration each, so that one platform keeps the orders while
 * another moves the money (Stripe refunding the payments of a Shopify store).
 */
public enum Capability {
    /** Reading orders and their shipments, cancelling them, changing their address, sending replacements. */
    ORDERS,
    /** Money back to the customer: refunds and goodwill credits. */
    PAYMENTS,
    /** Return labels. (Tracking is read from the order's own fulfilments, so it is the orders connector's.) */
    SHIPPING,
    /** Products, prices, promotions and stock counts. */
    CATALOGUE,
    /** Messages to customers. */
    MESSAGING;

    /** The capability named in a URL, in any case; empty when it is none of them. */
    public static Optional<Capability> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

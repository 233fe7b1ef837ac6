package io.commerceresolver.marketplace.vendor;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.StoreChange;

/** Reads a stored delivery as what it says about the store, in the resolver's words. */
public final class StoreEventReader {

    private StoreEventReader() {
    }

    /** @throws UnreadableEvent when the body does not read as its topic says */
    public static StoreChange read(Platform platform, String topic, String payload) {
        return switch (platform) {
            case SHOPIFY -> ShopifyEvents.read(topic, payload);
            case WOOCOMMERCE -> WooCommerceEvents.read(topic, payload);
            case STRIPE -> StripeEvents.read(topic, payload);
        };
    }
}

package io.commerceresolver.marketplace;

import io.commerceresolver.connector.VendorVocabulary.Platform;

/** A webhook whose signature held: the vendor's delivery id, its topic (event type) and the body as signed. */
public record VerifiedDelivery(Platform platform, String tenantId, String deliveryId, String topic, String payload) {

    /** The key Camel's idempotent consumer remembers: a delivery id is the vendor's, unique per store. */
    public String key() {
        return platform.key() + "/" + tenantId + "/" + deliveryId;
    }
}

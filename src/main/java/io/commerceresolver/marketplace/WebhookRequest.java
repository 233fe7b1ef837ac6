package io.commerceresolver.marketplace;

import io.commerceresolver.connector.VendorVocabulary.Platform;

/**
 * A webhook as it arrived, before anything in it is believed: the raw bytes that were signed and the headers the
 * vendor documents. For Stripe the delivery id and the topic are inside the signed body, so those two are null;
 * {@code shopDomain} is Shopify's {@code X-Shopify-Shop-Domain}, null for the others.
 */
public record WebhookRequest(Platform platform, String tenantId, byte[] body, String signature, String deliveryId, String topic,
                             String shopDomain) {

    public WebhookRequest(Platform platform, String tenantId, byte[] body, String signature, String deliveryId, String topic) {
        this(platform, tenantId, body, signature, deliveryId, topic, null);
    }
}

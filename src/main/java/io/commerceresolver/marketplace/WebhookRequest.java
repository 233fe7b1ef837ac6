package io.commerceresolver.marketplace;

import io.commerceresolver.connector.VendorVocabulary.Platform;

/**
 * A webhook as it arrived, before anything in it is believed: the raw bytes that were signed and the headers the
 * vendor documents. For Stripe the delivery id and the topic are inside the signed body, so those two are null.
 */
public record WebhookRequest(Platform platform, String tenantId, byte[] body, String signature, String deliveryId, String topic) {
}

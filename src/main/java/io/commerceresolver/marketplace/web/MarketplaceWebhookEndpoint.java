package io.commerceresolver.marketplace.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.MarketplaceWebhooks;
import io.commerceresolver.marketplace.VerifiedDelivery;
import io.commerceresolver.marketplace.WebhookRequest;

/**
 * What the routes of camel-routes/marketplace/ call. No API key is asked for: the vendor's signature over the body,
 * checked with the tenant's own webhook secret, is the only proof of who sent it.
 */
@Component("marketplaceWebhookEndpoint")
public class MarketplaceWebhookEndpoint {

    private final MarketplaceWebhooks webhooks;

    public MarketplaceWebhookEndpoint(MarketplaceWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    public VerifiedDelivery shopify(String tenantId, byte[] body, String hmac, String webhookId, String topic) {
        return webhooks.verify(new WebhookRequest(Platform.SHOPIFY, tenantId, body, hmac, webhookId, topic));
    }

    public VerifiedDelivery wooCommerce(String tenantId, byte[] body, String signature, String deliveryId, String topic) {
        return webhooks.verify(new WebhookRequest(Platform.WOOCOMMERCE, tenantId, body, signature, deliveryId, topic));
    }

    public VerifiedDelivery stripe(String tenantId, byte[] body, String signature) {
        return webhooks.verify(new WebhookRequest(Platform.STRIPE, tenantId, body, signature, null, null));
    }

    public Map<String, Object> store(VerifiedDelivery delivery) {
        return answer(webhooks.store(delivery));
    }

    public Map<String, Object> duplicate(VerifiedDelivery delivery) {
        return answer(webhooks.duplicate(delivery));
    }

    private static Map<String, Object> answer(MarketplaceWebhooks.Acknowledgement acknowledged) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("eventId", acknowledged.eventId());
        answer.put("outcome", acknowledged.outcome().name());
        return answer;
    }
}

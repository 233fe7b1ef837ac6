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

    public VerifiedDelivery shopify(String tenantId, byte[] body, String hmac, String webhookId, String topic, String shopDomain) {
        return webhooks.verify(new WebhookRequest(Platform.SHOPIFY, tenantId, body, hmac, webhookId, topic, shopDomain));
    }

    public VerifiedDelivery wooCommerce(String tenantId, byte[] body, String signature, String deliveryId, String topic) {
        return webhooks.verify(new WebhookRequest(Platform.WOOCOMMERCE, tenantId, body, signature, deliveryId, topic));
    }

    /** WooCommerce's ping when a webhook is saved: answered, never kept (it carries no signature and no event). */
    public MarketplaceWebhooks.Acknowledgement wooCommercePing(String tenantId, Map<String, Object> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, value) -> fields.put(name, String.valueOf(value)));
        }
        return webhooks.wooCommercePing(tenantId, fields);
    }

    public VerifiedDelivery stripe(String tenantId, byte[] body, String signature) {
        return webhooks.verify(new WebhookRequest(Platform.STRIPE, tenantId, body, signature, null, null));
    }

    /** Answered as {@code {"eventId": ..., "outcome": "ACCEPTED"}}. */
    public MarketplaceWebhooks.Acknowledgement store(VerifiedDelivery delivery) {
        return webhooks.store(delivery);
    }

    /** Answered as {@code {"eventId": ..., "outcome": "DUPLICATE"}}. */
    public MarketplaceWebhooks.Acknowledgement duplicate(VerifiedDelivery delivery) {
        return webhooks.duplicate(delivery);
    }
}

package io.commerceresolver.marketplace;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.ApiKeys;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.StrictUtf8;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.system.Unauthenticated;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * Receives the marketplaces' webhooks: proves each came from the vendor (nothing else is believed before), then
 * stores it once per vendor delivery id and queues it to be applied, in one short transaction, so that the vendor
 * is answered within its few seconds whatever the workers are doing, and an event acknowledged is never lost.
 * <p>
 * The tenant is the one the URL names; the signature is checked with that tenant's own webhook secret, so a
 * delivery signed for one store is refused by every other. A refusal says why, and is logged without the body.
 */
public class MarketplaceWebhooks {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceWebhooks.class);
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Secrets secrets;
    private final ShopifyShops shops;
    private final MarketplaceEvents events;
    private final WorkQueue work;
    private final Transactions transactions;
    private final Clock clock;

    /** The Shopify shop a tenant's orders are in, where it configured one (its myshopify.com domain). */
    public interface ShopifyShops {
        Optional<String> shopDomainOf(String tenantId);
    }

    public MarketplaceWebhooks(Secrets secrets, ShopifyShops shops, MarketplaceEvents events, WorkQueue work, Transactions transactions,
                               Clock clock) {
        this.secrets = secrets;
        this.shops = shops;
        this.events = events;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
    }

    public enum Outcome {
        /** Stored now and queued. */
        ACCEPTED,
        /** The vendor delivered it before: acknowledged, not stored again. */
        DUPLICATE,
        /** WooCommerce's ping of a webhook just saved: acknowledged, nothing to keep. */
        PING
    }

    public record Acknowledgement(String eventId, Outcome outcome) {
    }

    /** The secret a tenant keeps for a platform's webhooks (PUT /api/v1/admin/secrets/{name}, or the connector settings). */
    public static String secretName(Platform platform) {
        return platform.key() + ".webhook-secret";
    }

    /** @throws Unauthenticated for an unsigned, forged or stale delivery, or one to a store with no secret for it */
    public VerifiedDelivery verify(WebhookRequest request) {
        Platform platform = request.platform();
        String tenantId = request.tenantId();
        try {
            // an unknown store and a store without the secret are refused alike: an unsigned caller learns nothing of either
            String secret = (TenantScope.isTenantId(tenantId)
                    ? TenantScope.of(tenantId, () -> secrets.reveal(tenantId, secretName(platform))) : Optional.<String>empty())
                    .orElseThrow(() -> new Unauthenticated("No delivery to this address can be verified: the store keeps no "
                            + platform.key() + " webhook secret"));
            byte[] body = request.body() == null ? new byte[0] : request.body();
            return switch (platform) {
                case SHOPIFY -> {
                    WebhookSignatures.verifyHmac(body, request.signature(), secret, "X-Shopify-Hmac-SHA256");
                    requireOwnShop(tenantId, request.shopDomain());
                    yield delivery(request, utf8(body), "X-Shopify-Webhook-Id", "X-Shopify-Topic");
                }
                case WOOCOMMERCE -> {
                    WebhookSignatures.verifyHmac(body, request.signature(), secret, "X-WC-Webhook-Signature");
                    yield wooCommerce(request, utf8(body));
                }
                case STRIPE -> stripe(request, utf8(body), secret);
            };
        } catch (Unauthenticated refused) {
            // the tenant id comes from the URL: only one that looks like a tenant id is written to the log as it is
            log.warn("Refused a {} webhook for tenant '{}': {}", platform.key(),
                    TenantScope.isTenantId(tenantId) ? tenantId : "(not a tenant id)", refused.getMessage());
            throw refused;
        }
    }

    /**
     * Where the tenant's shop is known, a delivery about another shop is refused: a webhook subscribed to the wrong
     * address, or a public app's deliveries (signed with its one secret for every shop) sent to the wrong store. The
     * header is not signed, so this guards against mistakes, not against someone who holds the secret.
     */
    private void requireOwnShop(String tenantId, String shopDomain) {
        Optional<String> own = TenantScope.of(tenantId, () -> shops.shopDomainOf(tenantId));
        if (own.isPresent() && !own.get().equalsIgnoreCase(shopDomain == null ? "" : shopDomain.strip())) {
            throw new Unauthenticated("Header X-Shopify-Shop-Domain does not name this store's shop: the delivery is about another shop");
        }
    }

    /** WooCommerce's ping ({@code webhook_id=N}, unsigned): any other form is not a WooCommerce delivery. */
    public Acknowledgement wooCommercePing(String tenantId, Map<String, String> form) {
        String id = form.get("webhook_id");
        if (form.size() != 1 || id == null || !id.matches("[0-9]{1,19}")) {
            throw new BadRequest(null, "A form body here is only WooCommerce's ping (webhook_id=N); deliveries are JSON");
        }
        log.info("WooCommerce pinged the webhook address of tenant '{}' for its webhook {}", tenantId, id);
        return new Acknowledgement(null, Outcome.PING);
    }

    /** Stores a verified delivery unless the vendor delivered it before, and queues it to be applied. */
    public Acknowledgement store(VerifiedDelivery delivery) {
        return TenantScope.of(delivery.tenantId(), () -> transactions.inTransaction(() -> {
            MarketplaceEvent event = new MarketplaceEvent(Ids.newId(), delivery.tenantId(), delivery.platform().key(), delivery.deliveryId(),
                    delivery.topic(), delivery.payload(), clock.instant(), MarketplaceEvent.Status.RECEIVED, null, null);
            if (events.insertIfAbsent(event)) {
                work.enqueue(delivery.tenantId(), JobKind.APPLY_STORE_EVENT, event.id());
                return new Acknowledgement(event.id(), Outcome.ACCEPTED);
            }
            return new Acknowledgement(existing(delivery), Outcome.DUPLICATE);
        }));
    }

    /**
     * A delivery Camel's idempotent consumer has seen before. Its key is remembered only after the delivery was
     * stored, so the event is there; if it is not (the key table restored from elsewhere), it is stored now.
     */
    public Acknowledgement duplicate(VerifiedDelivery delivery) {
        String known = TenantScope.of(delivery.tenantId(), () -> transactions.inTransaction(() -> events
                .findByDelivery(delivery.tenantId(), delivery.platform().key(), delivery.deliveryId()).map(MarketplaceEvent::id).orElse(null)));
        return known != null ? new Acknowledgement(known, Outcome.DUPLICATE) : store(delivery);
    }

    private String existing(VerifiedDelivery delivery) {
        return events.findByDelivery(delivery.tenantId(), delivery.platform().key(), delivery.deliveryId())
                .map(MarketplaceEvent::id).orElseThrow();
    }

    private static VerifiedDelivery delivery(WebhookRequest request, String payload, String idHeader, String topicHeader) {
        String deliveryId = header(request.deliveryId(), idHeader, 200);
        String topic = header(request.topic(), topicHeader, 100);
        return new VerifiedDelivery(request.platform(), request.tenantId(), deliveryId, topic, payload);
    }

    /**
     * WooCommerce's delivery id is a hash of the webhook's id and the current second, the same for every delivery of
     * that webhook within one second (a bulk edit sends many): alone it would drop all but the first as duplicates.
     * With a digest of the body it tells those apart, and a delivery sent again with the same body is still one.
     */
    private static VerifiedDelivery wooCommerce(WebhookRequest request, String payload) {
        String deliveryId = header(request.deliveryId(), "X-WC-Webhook-Delivery-ID", 150);
        String topic = header(request.topic(), "X-WC-Webhook-Topic", 100);
        return new VerifiedDelivery(Platform.WOOCOMMERCE, request.tenantId(), deliveryId + "/" + digest(payload), topic, payload);
    }

    /** The first 12 bytes of the body's SHA-256, in hex. */
    private static String digest(String payload) {
        return ApiKeys.sha256(payload).substring(0, 24);
    }

    /** Stripe signs its event id and type inside the body; the body is read only after the signature held. */
    private static VerifiedDelivery stripe(WebhookRequest request, String payload, String secret) {
        WebhookSignatures.verifyStripe(payload, request.signature(), secret);
        StripeEnvelope envelope;
        try {
            envelope = JSON.readValue(payload, StripeEnvelope.class);
        } catch (JsonProcessingException notJson) {
            throw new BadRequest(null, "The body is not a Stripe event: " + notJson.getOriginalMessage());
        }
        if (envelope == null) {
            throw new BadRequest(null, "The body is not a Stripe event");
        }
        return new VerifiedDelivery(Platform.STRIPE, request.tenantId(), header(envelope.id(), "id", 200),
                header(envelope.type(), "type", 100), payload);
    }

    private record StripeEnvelope(String id, String type) {
    }

    private static String header(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(name, "'" + name + "' is required");
        }
        if (value.length() > maxLength || !value.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequest(name, "'" + name + "' must be 1 to " + maxLength + " printable ASCII characters");
        }
        return value.strip();
    }

    private static String utf8(byte[] body) {
        return StrictUtf8.decode(body).orElseThrow(() -> new BadRequest(null, "The body is not UTF-8 text"));
    }
}

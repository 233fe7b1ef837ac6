package io.commerceresolver.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stripe.net.Webhook;

import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.ConnectorRequest;
import io.commerceresolver.privacy.PersonalDataPurge;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * Marketplace webhooks over real HTTP, signed the vendors' way over byte-exact bodies taken from their documented
 * shapes (src/test/resources/vendors): verified, kept once per delivery, applied in the background as facts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class MarketplaceWebhooksIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };
    private static final String SHOPIFY_SECRET = "shpss_test_app_secret";
    private static final String WOO_SECRET = "woo webhook secret";
    private static final String STRIPE_SECRET = "whsec_test_endpoint_secret";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    Secrets secrets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataPurge purge;
    @Autowired
    ConnectorRegistry connectors;

    TestStores.Store tenant;

    @BeforeEach
    void storeWithWebhookSecrets() {
        tenant = stores.newStore(Map.of());
        TenantScope.of(tenant.tenantId(), () -> {
            secrets.put(tenant.tenantId(), "shopify.webhook-secret", SHOPIFY_SECRET, "test");
            secrets.put(tenant.tenantId(), "woocommerce.webhook-secret", WOO_SECRET, "test");
            secrets.put(tenant.tenantId(), "stripe.webhook-secret", STRIPE_SECRET, "test");
        });
    }

    @Test
    void aSignedShopifyOrderUpdateBecomesAFactOfTheStore() throws Exception {
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");

        ResponseEntity<Map<String, Object>> answer = shopify(body, sign(body, SHOPIFY_SECRET), "b54557e4-1", "orders/updated");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("outcome", "ACCEPTED").containsKey("eventId");
        Map<String, Object> fact = awaitFact("shopify", "order", "820982911946154508");
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) fact.get("state");
        assertThat(state).containsEntry("status", "SHIPPED").containsEntry("vendorStatus", "fulfilled")
                .containsEntry("currency", "USD").containsEntry("customerEmail", "jon@example.com");
        assertThat(state.get("total")).isEqualTo(403.00);
        assertThat(state.get("refundedTotal")).as("only the successful refund transaction counts").isEqualTo(41.94);
        assertThat(fact.get("asOf")).isEqualTo("2026-12-01T14:30:00Z");
        Map<String, Object> event = get("/api/v1/marketplace/events/" + answer.getBody().get("eventId"));
        assertThat(event).containsEntry("status", "APPLIED").containsEntry("topic", "orders/updated")
                .containsEntry("payload", new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void aForgedOrUnsignedDeliveryIsRefusedAndNotKept() throws Exception {
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("403.00", "4.03").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map<String, Object>> forged = shopify(tampered, sign(body, SHOPIFY_SECRET), "forged-1", "orders/updated");
        ResponseEntity<Map<String, Object>> otherSecret = shopify(body, sign(body, "someone else's secret"), "forged-2", "orders/updated");
        ResponseEntity<Map<String, Object>> unsigned = shopify(body, null, "forged-3", "orders/updated");
        ResponseEntity<Map<String, Object>> unknownStore = post("/webhooks/shopify/no-such-store", body,
                Map.of("X-Shopify-Hmac-SHA256", sign(body, SHOPIFY_SECRET), "X-Shopify-Webhook-Id", "forged-4", "X-Shopify-Topic", "orders/updated"));

        for (ResponseEntity<Map<String, Object>> refused : List.of(forged, otherSecret, unsigned, unknownStore)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(unsigned.getBody().get("detail")).asString().contains("X-Shopify-Hmac-SHA256 is missing");
        assertThat(forged.getBody().get("detail")).asString().contains("does not match the body");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aDeliveryAboutAnotherShopIsRefusedWhereTheStoresShopIsKnown() throws Exception {
        // a public app signs every shop's deliveries with its one secret: the signature holds for both shops
        TenantScope.of(tenant.tenantId(), () -> connectors.configure(tenant.tenantId(), "orders", new ConnectorRequest("shopify",
                "example.myshopify.com", null, null, null, "shpat_test", null, null, null, null), "test"));
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");
        HttpHeaders other = new HttpHeaders();
        other.set("X-Shopify-Hmac-SHA256", sign(body, SHOPIFY_SECRET));
        other.set("X-Shopify-Webhook-Id", "other-shop-1");
        other.set("X-Shopify-Topic", "orders/updated");
        other.set("X-Shopify-Shop-Domain", "someone-else.myshopify.com");

        ResponseEntity<Map<String, Object>> aboutAnotherShop = post("/webhooks/shopify/" + tenant.tenantId(), body, other.toSingleValueMap());
        ResponseEntity<Map<String, Object>> aboutOwnShop = shopify(body, sign(body, SHOPIFY_SECRET), "own-shop-1", "orders/updated");

        assertThat(aboutAnotherShop.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(aboutAnotherShop.getBody().get("detail")).asString().contains("X-Shopify-Shop-Domain does not name this store's shop");
        assertThat(aboutOwnShop.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void aDeliveryRedeliveredFiveTimesIsKeptAndAppliedOnce() throws Exception {
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");
        String signature = sign(body, SHOPIFY_SECRET);

        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            ResponseEntity<Map<String, Object>> answer = shopify(body, signature, "same-delivery", "orders/updated");
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            outcomes.add((String) answer.getBody().get("outcome"));
        }

        assertThat(outcomes).containsExactly("ACCEPTED", "DUPLICATE", "DUPLICATE", "DUPLICATE", "DUPLICATE");
        awaitFact("shopify", "order", "820982911946154508");
        assertThat(storedEvents()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND messageId = ?",
                Integer.class, "marketplace-webhooks", "shopify/" + tenant.tenantId() + "/same-delivery"))
                .as("Camel's idempotent consumer remembers the delivery").isEqualTo(1);
    }

    @Test
    void deliveriesRacingEachOtherAreKeptOnce() throws Exception {
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");
        String signature = sign(body, SHOPIFY_SECRET);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<Map<String, Object>>>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> shopify(body, signature, "racing-delivery", "orders/updated"));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> sent : clients.invokeAll(sends)) {
                assertThat(sent.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                outcomes.add((String) sent.get().getBody().get("outcome"));
            }
            assertThat(outcomes).containsOnlyOnce("ACCEPTED");
            assertThat(storedEvents()).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anOlderDescriptionArrivingLateDoesNotOverwriteANewerOne() throws Exception {
        String newer = new String(resource("vendors/shopify/webhook-orders-updated.json"), StandardCharsets.UTF_8);
        String older = newer.replace("\"updated_at\": \"2026-12-01T09:30:00-05:00\"", "\"updated_at\": \"2026-11-30T10:20:00-05:00\"")
                .replace("\"fulfillment_status\": \"fulfilled\"", "\"fulfillment_status\": null");

        shopify(bytes(newer), sign(bytes(newer), SHOPIFY_SECRET), "newer", "orders/updated");
        awaitFact("shopify", "order", "820982911946154508");
        ResponseEntity<Map<String, Object>> late = shopify(bytes(older), sign(bytes(older), SHOPIFY_SECRET), "older", "orders/updated");

        Map<String, Object> event = awaitEvent((String) late.getBody().get("eventId"));
        assertThat(event).containsEntry("status", "APPLIED");
        assertThat(event.get("outcome")).asString().startsWith("Older than the order");
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) awaitFact("shopify", "order", "820982911946154508").get("state");
        assertThat(state).containsEntry("status", "SHIPPED");
    }

    @Test
    void aWooCommerceOrderIsReadInItsOwnVocabulary() throws Exception {
        byte[] body = resource("vendors/woocommerce/webhook-order-updated.json");

        ResponseEntity<Map<String, Object>> answer = post("/webhooks/woocommerce/" + tenant.tenantId(), body, Map.of(
                "X-WC-Webhook-Signature", sign(body, WOO_SECRET), "X-WC-Webhook-Delivery-ID", "93f8a1c2",
                "X-WC-Webhook-Topic", "order.updated", "X-WC-Webhook-Source", "https://shop.example/"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) awaitFact("woocommerce", "order", "727").get("state");
        assertThat(state).containsEntry("status", "SHIPPED").containsEntry("vendorStatus", "completed")
                .containsEntry("customerEmail", "john.doe@example.com");
        assertThat(state.get("refundedTotal")).isEqualTo(10.00);
    }

    @Test
    void wooCommerceDeliveriesSharingADeliveryIdWithinOneSecondAreEachKeptAndARedeliveryOnce() throws Exception {
        String first = new String(resource("vendors/woocommerce/webhook-order-updated.json"), StandardCharsets.UTF_8);
        String second = first.replace("\"id\": 727,", "\"id\": 728,");
        Map<String, String> headers = Map.of("X-WC-Webhook-Delivery-ID", "2c5f0a1b9e", "X-WC-Webhook-Topic", "order.updated");

        List<String> outcomes = new ArrayList<>();
        for (String body : List.of(first, second, first)) {
            Map<String, String> signed = new java.util.HashMap<>(headers);
            signed.put("X-WC-Webhook-Signature", sign(bytes(body), WOO_SECRET));
            outcomes.add((String) post("/webhooks/woocommerce/" + tenant.tenantId(), bytes(body), signed).getBody().get("outcome"));
        }

        assertThat(outcomes).containsExactly("ACCEPTED", "ACCEPTED", "DUPLICATE");
        awaitFact("woocommerce", "order", "728");
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void wooCommercesPingOfASavedWebhookIsAnsweredAndNothingIsKept() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<Map<String, Object>> ping = http.exchange("/webhooks/woocommerce/" + tenant.tenantId(), HttpMethod.POST,
                new HttpEntity<>("webhook_id=42", headers), JSON);
        ResponseEntity<Map<String, Object>> notAPing = http.exchange("/webhooks/woocommerce/" + tenant.tenantId(), HttpMethod.POST,
                new HttpEntity<>("webhook_id=42&topic=order.updated", headers), JSON);

        assertThat(ping.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ping.getBody()).containsEntry("outcome", "PING");
        assertThat(notAPing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(storedEvents()).isZero();
    }

    @Test
    void anEncodedPathDoesNotSlipPastTheBodyCap() {
        byte[] huge = new byte[1_000_001];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> answer = http.exchange(java.net.URI.create(http.getRootUri() + "/%77ebhooks/shopify/" + tenant.tenantId()),
                HttpMethod.POST, new HttpEntity<>(huge, headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aStripeDisputeOnAnOrderTheShopToldOfOpensATicketForThatOrdersCustomer() throws Exception {
        byte[] order = resource("vendors/shopify/webhook-orders-updated.json");
        shopify(order, sign(order, SHOPIFY_SECRET), "order-told-first", "orders/updated");
        awaitFact("shopify", "order", "820982911946154508");
        String dispute = new String(resource("vendors/stripe/event-dispute-created.json"), StandardCharsets.UTF_8)
                .replace("\"order_id\": \"1001\"", "\"order_id\": \"820982911946154508\"");

        ResponseEntity<Map<String, Object>> answer = stripe(dispute, stripeSignature(dispute, Instant.now().getEpochSecond(), STRIPE_SECRET));

        Map<String, Object> ticket = get("/api/v1/tickets/" + ticketOpenedBy((String) answer.getBody().get("eventId")));
        assertThat(ticket).containsEntry("source", "store").containsEntry("customerEmail", "jon@example.com")
                .containsEntry("externalId", "stripe/dispute/dp_1QdisputeA/other");
    }

    @Test
    void aDisputeNamingAnOrderIdAsLongAsStripeAllowsIsKeptAndItsTicketOpened() throws Exception {
        // Stripe's metadata values run to 500 characters: the ticket's subject is cut, nothing is lost
        String longOrderId = "A".repeat(490);
        String dispute = new String(resource("vendors/stripe/event-dispute-created.json"), StandardCharsets.UTF_8)
                .replace("\"order_id\": \"1001\"", "\"order_id\": \"" + longOrderId + "\"");

        ResponseEntity<Map<String, Object>> answer = stripe(dispute, stripeSignature(dispute, Instant.now().getEpochSecond(), STRIPE_SECRET));

        assertThat(awaitFact("stripe", "dispute", "dp_1QdisputeA")).isNotNull();
        Map<String, Object> ticket = get("/api/v1/tickets/" + ticketOpenedBy((String) answer.getBody().get("eventId")));
        assertThat((String) ticket.get("subject")).hasSizeLessThanOrEqualTo(500).startsWith("Payment dispute on order AAAA");
        assertThat((String) ticket.get("text")).contains(longOrderId);
        assertThat(ticket).containsEntry("customerEmail", "customer-unknown@store-events.invalid");
    }

    @Test
    void aStripeDisputeIsKeptAndAStaleSignatureIsRefusedAsAReplay() throws Exception {
        String payload = new String(resource("vendors/stripe/event-dispute-created.json"), StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        ResponseEntity<Map<String, Object>> stale = stripe(payload, stripeSignature(payload, now - 600, STRIPE_SECRET));
        ResponseEntity<Map<String, Object>> forged = stripe(payload, stripeSignature(payload, now, "whsec_other"));
        ResponseEntity<Map<String, Object>> fresh = stripe(payload, stripeSignature(payload, now, STRIPE_SECRET));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stale.getBody().get("detail")).asString().contains("tolerance");
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fresh.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) awaitFact("stripe", "dispute", "dp_1QdisputeA").get("state");
        assertThat(state).containsEntry("status", "OPEN").containsEntry("orderId", "1001").containsEntry("currency", "USD");
        assertThat(state.get("amount")).isEqualTo(49.99);
    }

    @Test
    void aDeliveryThatCannotBeReadGoesToTheDeadLettersAndIsReplayedOnce() throws Exception {
        String unreadable = new String(resource("vendors/shopify/webhook-orders-updated.json"), StandardCharsets.UTF_8)
                .replace("\"fulfillment_status\": \"fulfilled\"", "\"fulfillment_status\": \"teleported\"");

        ResponseEntity<Map<String, Object>> answer = shopify(bytes(unreadable), sign(bytes(unreadable), SHOPIFY_SECRET), "bad-1", "orders/updated");

        assertThat(answer.getStatusCode()).as("the vendor is answered before the event is read").isEqualTo(HttpStatus.OK);
        Map<String, Object> event = awaitEvent((String) answer.getBody().get("eventId"));
        assertThat(event).containsEntry("status", "DEAD");
        List<Map<String, Object>> letters = http.exchange("/api/v1/admin/marketplace/dead-letters", HttpMethod.GET,
                new HttpEntity<>(headers()), JSON_LIST).getBody();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).get("error")).asString().contains("teleported");
        String letterId = (String) letters.get(0).get("id");

        ResponseEntity<Map<String, Object>> replayed = http.exchange("/api/v1/admin/marketplace/dead-letters/" + letterId + "/replay",
                HttpMethod.POST, new HttpEntity<>(headers()), JSON);
        ResponseEntity<Map<String, Object>> again = http.exchange("/api/v1/admin/marketplace/dead-letters/" + letterId + "/replay",
                HttpMethod.POST, new HttpEntity<>(headers()), JSON);

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // the same bytes read the same way: it fails again, and is a new dead letter to look at
        assertThat(awaitEvent((String) answer.getBody().get("eventId"))).containsEntry("status", "DEAD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void forgettingACustomerPurgesTheDeliveriesThatNameThemAndHashesTheirFacts() throws Exception {
        byte[] body = resource("vendors/shopify/webhook-orders-updated.json");
        String eventId = (String) shopify(body, sign(body, SHOPIFY_SECRET), "pii-1", "orders/updated").getBody().get("eventId");
        awaitFact("shopify", "order", "820982911946154508");

        int purged = TenantScope.of(tenant.tenantId(), () -> purge.forgetCustomer(tenant.tenantId(), "JON@example.com"));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/v1/marketplace/events/" + eventId)).containsEntry("payload", "[purged]").containsEntry("status", "APPLIED");
        Map<String, Object> state = (Map<String, Object>) awaitFact("shopify", "order", "820982911946154508").get("state");
        assertThat(state.get("customerEmail")).asString().startsWith("sha256:");
        assertThat(state).containsEntry("status", "SHIPPED").containsEntry("_purged", true);
    }

    // --- helpers ---

    private ResponseEntity<Map<String, Object>> shopify(byte[] body, String hmac, String webhookId, String topic) {
        HttpHeaders headers = new HttpHeaders();
        if (hmac != null) {
            headers.set("X-Shopify-Hmac-SHA256", hmac);
        }
        headers.set("X-Shopify-Webhook-Id", webhookId);
        headers.set("X-Shopify-Topic", topic);
        headers.set("X-Shopify-Shop-Domain", "example.myshopify.com");
        return post("/webhooks/shopify/" + tenant.tenantId(), body, headers.toSingleValueMap());
    }

    private ResponseEntity<Map<String, Object>> stripe(String payload, String signature) {
        return post("/webhooks/stripe/" + tenant.tenantId(), bytes(payload), Map.of("Stripe-Signature", signature));
    }

    private ResponseEntity<Map<String, Object>> post(String path, byte[] body, Map<String, String> vendorHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        vendorHeaders.forEach(headers::set);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private Map<String, Object> get(String path) {
        ResponseEntity<Map<String, Object>> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private Map<String, Object> awaitFact(String platform, String kind, String ref) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            ResponseEntity<Map<String, Object>> answer = http.exchange("/api/v1/marketplace/facts/" + platform + "/" + kind + "/" + ref,
                    HttpMethod.GET, new HttpEntity<>(headers()), JSON);
            if (answer.getStatusCode() == HttpStatus.OK) {
                return answer.getBody();
            }
            assertThat(Instant.now()).as("the fact %s/%s/%s appears", platform, kind, ref).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private Map<String, Object> awaitEvent(String id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Map<String, Object> event = get("/api/v1/marketplace/events/" + id);
            if (!"RECEIVED".equals(event.get("status"))) {
                return event;
            }
            assertThat(Instant.now()).as("event %s is applied", id).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** The ticket the store's rules opened for the event, as its outcome names it. */
    private String ticketOpenedBy(String eventId) throws InterruptedException {
        String outcome = (String) awaitEvent(eventId).get("outcome");
        java.util.regex.Matcher opened = java.util.regex.Pattern.compile("opened ticket\\(s\\) ([0-9a-f-]{36})").matcher(outcome);
        assertThat(opened.find()).as("the event opened a ticket: %s", outcome).isTrue();
        return opened.group(1);
    }

    private int storedEvents() {
        return TenantScope.of(tenant.tenantId(), () -> jdbc.queryForObject(
                "SELECT count(*) FROM marketplace_event WHERE tenant_id = ?", Integer.class, tenant.tenantId()));
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", tenant.apiKey());
        return headers;
    }

    private static String sign(byte[] body, String secret) {
        return WebhookSignatures.hmacBase64(body, secret);
    }

    private static String stripeSignature(String payload, long timestamp, String secret) throws Exception {
        return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = MarketplaceWebhooksIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

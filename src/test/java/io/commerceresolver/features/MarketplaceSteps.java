package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.net.Webhook;

import io.commerceresolver.connector.VendorVocabulary.Platform;
import io.commerceresolver.marketplace.MarketplaceEvent;
import io.commerceresolver.marketplace.MarketplaceQueries;
import io.commerceresolver.marketplace.MarketplaceWebhooks;
import io.commerceresolver.marketplace.StoreFact;
import io.commerceresolver.marketplace.WebhookRequest;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Unauthenticated;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;
import io.commerceresolver.user.UserDirectory;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Deliveries made as the platforms make them: the documented bodies, signed the vendors' way. */
public class MarketplaceSteps {

    private static final String SHOPIFY_SECRET = "shpss_feature_secret";
    private static final String WOO_SECRET = "woo feature secret";
    private static final String STRIPE_SECRET = "whsec_feature_secret";

    @Autowired
    TestStores stores;
    @Autowired
    Secrets secrets;
    @Autowired
    MarketplaceWebhooks webhooks;
    @Autowired
    MarketplaceQueries queries;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDirectory users;
    @Autowired
    Tickets tickets;

    private String tenantId;
    private Unauthenticated refused;
    private StoreFact lastFact;
    private String disputeId;
    private Ticket disputeTicket;

    @Given("a store that keeps its Shopify, WooCommerce and Stripe webhook secrets")
    public void aStoreWithSecrets() {
        tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            secrets.put(tenantId, "shopify.webhook-secret", SHOPIFY_SECRET, "test");
            secrets.put(tenantId, "woocommerce.webhook-secret", WOO_SECRET, "test");
            secrets.put(tenantId, "stripe.webhook-secret", STRIPE_SECRET, "test");
        });
    }

    @When("Shopify sends {string} for order {string} whose fulfilment is {string}")
    public void shopifySends(String topic, String orderId, String fulfilment) {
        deliver(Platform.SHOPIFY, shopifyOrder(orderId, fulfilment, "2026-12-01T09:30:00-05:00"), SHOPIFY_SECRET, "d-" + fulfilment, topic);
    }

    @When("an earlier {string} for order {string} whose fulfilment was {string} arrives late")
    public void anEarlierUpdateArrivesLate(String topic, String orderId, String fulfilment) {
        deliver(Platform.SHOPIFY, shopifyOrder(orderId, fulfilment, "2026-11-30T10:20:00-05:00"), SHOPIFY_SECRET, "d-early", topic);
    }

    @When("someone sends {string} for order {string} signed with {string}")
    public void someoneSends(String topic, String orderId, String secret) {
        refused = refusal(
                () -> deliver(Platform.SHOPIFY, shopifyOrder(orderId, "fulfilled", "2026-12-01T09:30:00-05:00"), secret, "d-forged", topic));
    }

    @When("Shopify sends the same {string} delivery {int} times")
    public void shopifySendsTimes(String topic, int times) {
        byte[] body = shopifyOrder("820982911946154508", "fulfilled", "2026-12-01T09:30:00-05:00");
        for (int i = 0; i < times; i++) {
            deliver(Platform.SHOPIFY, body, SHOPIFY_SECRET, "d-same", topic);
        }
    }

    @When("WooCommerce sends {string} for order {string} whose status is {string}")
    public void wooCommerceSends(String topic, String orderId, String status) {
        String body = text("vendors/woocommerce/webhook-order-updated.json").replace("\"id\": 727,", "\"id\": " + orderId + ",")
                .replace("\"status\": \"completed\"", "\"status\": \"" + status + "\"");
        deliver(Platform.WOOCOMMERCE, body.getBytes(StandardCharsets.UTF_8), WOO_SECRET, "w-" + status, topic);
    }

    @When("Stripe sends a dispute signed {int} minutes ago")
    public void stripeSendsStale(int minutes) {
        String payload = text("vendors/stripe/event-dispute-created.json");
        long signedAt = Instant.now().minus(Duration.ofMinutes(minutes)).getEpochSecond();
        String signature = "t=" + signedAt + ",v1=" + stripeHmac(signedAt + "." + payload);
        refused = refusal( () -> webhooks.verify(
                new WebhookRequest(Platform.STRIPE, tenantId, payload.getBytes(StandardCharsets.UTF_8), signature, null, null)));
    }

    @Given("the store's admin is {string}")
    public void theStoresAdmin(String username) {
        TenantScope.of(tenantId, () -> users.create(tenantId, username, Set.of(Role.ADMIN), "a long enough password", "test", List.of()));
    }

    @When("Stripe reports a dispute of {bigdecimal} USD on order {string} that needs the store's answer")
    public void stripeReportsADispute(BigDecimal amount, String orderId) {
        disputeId = "dp_feature_" + orderId;
        stripeDispute("evt_feature_open_" + orderId, "charge.dispute.created", amount, orderId, "needs_response", 1764583200);
    }

    @When("Stripe reports the same dispute again, now under review")
    public void stripeReportsTheDisputeAgain() {
        stripeDispute("evt_feature_again_" + disputeId, "charge.dispute.updated", new BigDecimal("49.99"), "1001", "under_review",
                1764586800);
    }

    @When("Stripe reports a dispute on order {string} that the store has won")
    public void stripeReportsAWonDispute(String orderId) {
        disputeId = "dp_feature_" + orderId;
        stripeDispute("evt_feature_won_" + orderId, "charge.dispute.closed", new BigDecimal("20.00"), orderId, "won", 1764583200);
    }

    @Then("a ticket about the dispute is handed to {string}")
    public void aTicketAboutTheDisputeIsHandedTo(String username) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            disputeTicket = TenantScope.of(tenantId, () -> tickets.findBySource(tenantId, "store", "stripe/dispute/" + disputeId + "/other"))
                    .orElse(null);
            if (disputeTicket != null && disputeTicket.assignee() != null) {
                break;
            }
            assertThat(Instant.now()).as("the dispute's ticket is handed to a person").isBefore(giveUp);
            Thread.sleep(100);
        }
        assertThat(disputeTicket.status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        assertThat(disputeTicket.assignee()).isEqualTo(username);
        assertThat(disputeTicket.intent().extractor()).as("read by the store's rules, not guessed").isEqualTo("store_event_rules");
    }

    @Then("it says {string}")
    public void itSays(String words) {
        assertThat(disputeTicket.text()).contains(words);
    }

    @Then("that report opened no other ticket")
    public void thatReportOpenedNoOtherTicket() throws InterruptedException {
        awaitFact("stripe", "dispute", disputeId);
        MarketplaceEvent again = TenantScope.of(tenantId, () -> queries.events(tenantId, 50, null)).stream()
                .filter(event -> event.deliveryId().startsWith("evt_feature_again_")).findFirst().orElseThrow();
        assertThat(again.outcome()).contains(disputeTicket.id() + " already opened for it").doesNotContain("opened ticket");
    }

    @Then("the store knows the dispute as won")
    public void theStoreKnowsTheDisputeAsWon() throws Exception {
        lastFact = awaitFact("stripe", "dispute", disputeId);
        assertThat(json.readTree(lastFact.state()).get("status").asText()).isEqualTo("WON");
    }

    @Then("no ticket was opened about it")
    public void noTicketWasOpenedAboutIt() {
        assertThat(TenantScope.of(tenantId, () -> tickets.findBySource(tenantId, "store", "stripe/dispute/" + disputeId + "/other"))).isEmpty();
        assertThat(TenantScope.of(tenantId, () -> queries.events(tenantId, 50, null))).allSatisfy(event ->
                assertThat(event.outcome()).doesNotContain("ticket"));
    }

    @Then("the store knows {word} order {string} as {word}")
    public void theStoreKnowsTheOrderAs(String platform, String orderId, String status) throws Exception {
        lastFact = awaitFact(platform, "order", orderId);
        assertThat(json.readTree(lastFact.state()).get("status").asText()).isEqualToIgnoringCase(status);
    }

    @Then("the order shows {bigdecimal} refunded")
    public void theOrderShowsRefunded(BigDecimal refunded) throws Exception {
        assertThat(json.readTree(lastFact.state()).get("refundedTotal").decimalValue()).isEqualByComparingTo(refunded);
    }

    @Then("the delivery is refused because {string}")
    public void theDeliveryIsRefused(String because) {
        assertThat(refused).as("the delivery was refused").isNotNull();
        assertThat(refused.getMessage()).contains(because);
    }

    @Then("the store keeps no delivery")
    public void theStoreKeepsNoDelivery() {
        theStoreKeepsDeliveries(0);
    }

    @Then("the store keeps {int} delivery")
    public void theStoreKeepsDeliveries(int count) {
        assertThat(TenantScope.of(tenantId, () -> queries.events(tenantId, 50, null))).hasSize(count);
    }

    /** Stripe's documented dispute event (vendors/stripe/), for one dispute, signed now as Stripe signs. */
    private void stripeDispute(String eventId, String type, BigDecimal amount, String orderId, String status, long created) {
        String payload = text("vendors/stripe/event-dispute-created.json")
                .replace("evt_1QdisputeCreated0001", eventId)
                .replace("\"type\": \"charge.dispute.created\"", "\"type\": \"" + type + "\"")
                .replace("\"created\": 1764583200", "\"created\": " + created)
                .replace("dp_1QdisputeA", disputeId)
                .replace("\"amount\": 4999", "\"amount\": " + amount.movePointRight(2).intValueExact())
                .replace("\"status\": \"needs_response\"", "\"status\": \"" + status + "\"")
                .replace("\"order_id\": \"1001\"", "\"order_id\": \"" + orderId + "\"");
        long signedAt = Instant.now().getEpochSecond();
        String signature = "t=" + signedAt + ",v1=" + stripeHmac(signedAt + "." + payload);
        webhooks.store(webhooks.verify(new WebhookRequest(Platform.STRIPE, tenantId, payload.getBytes(StandardCharsets.UTF_8), signature,
                null, null)));
    }

    private static String stripeHmac(String signed) {
        try {
            return Webhook.Util.computeHmacSha256(STRIPE_SECRET, signed);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void deliver(Platform platform, byte[] body, String secret, String deliveryId, String topic) {
        String signature = WebhookSignatures.hmacBase64(body, secret);
        webhooks.store(webhooks.verify(new WebhookRequest(platform, tenantId, body, signature, deliveryId, topic)));
    }

    private StoreFact awaitFact(String platform, String kind, String ref) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            boolean pending = TenantScope.of(tenantId, () -> queries.events(tenantId, 50, null)).stream()
                    .anyMatch(event -> event.status() == MarketplaceEvent.Status.RECEIVED);
            StoreFact fact = TenantScope.of(tenantId, () -> queries.fact(tenantId, platform, kind, ref)).orElse(null);
            if (fact != null && !pending) {
                return fact;
            }
            assertThat(Instant.now()).as("the %s %s %s is applied", platform, kind, ref).isBefore(giveUp);
            Thread.sleep(50);
        }
    }

    private static byte[] shopifyOrder(String orderId, String fulfilment, String updatedAt) {
        String fulfilmentJson = "unfulfilled".equals(fulfilment) ? "null" : "\"" + fulfilment + "\"";
        return text("vendors/shopify/webhook-orders-updated.json")
                .replace("\"id\": 820982911946154508,", "\"id\": " + orderId + ",")
                .replace("\"fulfillment_status\": \"fulfilled\"", "\"fulfillment_status\": " + fulfilmentJson)
                .replace("\"updated_at\": \"2026-12-01T09:30:00-05:00\"", "\"updated_at\": \"" + updatedAt + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String resource) {
        try (InputStream in = MarketplaceSteps.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static Unauthenticated refusal(ThrowingCallable delivery) {
        return catchThrowableOfType(delivery, Unauthenticated.class);
    }
}

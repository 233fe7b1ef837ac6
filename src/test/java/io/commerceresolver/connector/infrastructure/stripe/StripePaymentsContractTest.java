package io.commerceresolver.connector.infrastructure.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.Vendor;

/**
 * The Stripe adapter through stripe-java, pointed at WireMock with the SDK's API base override, against Stripe's
 * documented requests and answers (src/test/resources/vendors/stripe), every failure included.
 */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class StripePaymentsContractTest {

    static final String KEY = "run-1:refund:issue_refund";
    static final String API_KEY = "sk_test_51Hc0wxyz";

    WireMockServer stripe;
    StripePayments payments;

    @BeforeEach
    void start() {
        stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        stripe.start();
        payments = payments(API_KEY);
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    private StripePayments payments(String apiKey) {
        ConnectorSettings settings = new ConnectorSettings("t-1", Capability.PAYMENTS, Vendor.STRIPE, "http://localhost:" + stripe.port(), null,
                null, "admin", Instant.now());
        return new StripePayments(settings, apiKey, Duration.ofSeconds(3), Duration.ofSeconds(3), Clock.systemUTC());
    }

    private void theOrdersPayment() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).withQueryParam("page", absent())
                .willReturn(json(200, "payment-intent-search.json")));
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).withQueryParam("page", equalTo("cGFnZV8y"))
                .willReturn(json(200, "payment-intent-search-page2.json")));
    }

    @Test
    void aRefundGoesAgainstTheOrdersSucceededPaymentWithTheIdempotencyKey() {
        theOrdersPayment();
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(200, "refund.json")));

        Refund refund = payments.issueRefund("t-1", "1001", Money.of("49.99", "USD"), "Ticket 42", KEY);

        assertThat(refund.id()).isEqualTo("re_3MtwBwLkdIwHu7ix0Ds3oCuZ");
        assertThat(refund.amount()).isEqualTo(Money.of("49.99", "USD"));
        assertThat(refund.createdAt()).isEqualTo(Instant.ofEpochSecond(1764589000));
        stripe.verify(getRequestedFor(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['order_id']:'1001'")).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(KEY))
                .withRequestBody(containing("payment_intent=pi_3MtwBwLkdIwHu7ix28a3tqPc"))
                .withRequestBody(containing("amount=4999"))
                .withRequestBody(containing("reason=requested_by_customer"))
                .withRequestBody(containing("metadata[order_id]=1001")));
    }

    @Test
    void goodwillIsARefundMarkedAsGoodwill() {
        theOrdersPayment();
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(200, "refund.json")));

        Discount credited = payments.applyDiscount("t-1", "1001", Money.of("10.00", "USD"), "Late delivery", "run-2:goodwill:apply_discount");

        assertThat(credited.id()).startsWith("re_");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo("run-2:goodwill:apply_discount"))
                .withRequestBody(containing("amount=1000")).withRequestBody(containing("metadata[resolver_kind]=goodwill")));
    }

    @Test
    void anOrderWithoutASucceededPaymentOrInAnotherCurrencyIsRefusedBeforeAnyRefund() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"search_result\",\"data\":[],\"has_more\":false,\"next_page\":null,\"url\":\"/v1/payment_intents/search\"}")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "4040", Money.of("5.00", "USD"), "r", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("payment_not_found"));

        theOrdersPayment();
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("5.00", "EUR"), "r", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("currency_mismatch"));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001' OR status:'succeeded", Money.of("5.00", "USD"), "r", KEY))
                .as("nothing can be smuggled into the search query").isInstanceOf(ConnectorRejection.class);
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    @Test
    void stripesRefusalsKeepStripesCodeAndMessage() {
        theOrdersPayment();
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(400, "error-charge-already-refunded.json")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("49.99", "USD"), "r", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("charge_already_refunded");
                    assertThat(rejected.getMessage()).contains("has already been refunded");
                });

        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(400, "error-idempotency.json")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("49.99", "USD"), "r", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("idempotency_key_reused"));
    }

    @Test
    void aRefusedKeyIsUnauthorizedARateLimitIsRateLimitedAndServerErrorsOrTimeoutsAreTransient() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(401, "error-invalid-api-key.json")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("5.00", "USD"), "r", KEY))
                .isInstanceOfSatisfying(Unauthorized.class, refused -> assertThat(refused.getMessage()).contains("Invalid API Key provided"));

        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(429, "error-rate-limit.json")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("5.00", "USD"), "r", KEY)).isInstanceOf(RateLimited.class);

        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(500, "error-api.json")));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("5.00", "USD"), "r", KEY)).isInstanceOf(TransientFailure.class);

        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(200, "payment-intent-search-page2.json")
                .withFixedDelay(4_000)));
        assertThatThrownBy(() -> payments.issueRefund("t-1", "1001", Money.of("5.00", "USD"), "r", KEY)).isInstanceOf(TransientFailure.class);

        assertThatThrownBy(() -> payments(null).issueRefund("t-1", "1001", Money.of("5.00", "USD"), "r", KEY)).isInstanceOf(Unauthorized.class);
    }

    @Test
    void theLiveCheckReadsTheBalance() {
        stripe.stubFor(get(urlEqualTo("/v1/balance")).willReturn(json(200, "balance.json")));
        assertThat(payments.check().status()).isEqualTo(LiveCheck.Status.OK);

        stripe.stubFor(get(urlEqualTo("/v1/balance")).willReturn(json(401, "error-invalid-api-key.json")));
        assertThat(payments.check()).satisfies(check -> {
            assertThat(check.status()).isEqualTo(LiveCheck.Status.UNAUTHORIZED);
            assertThat(check.message()).contains("Invalid API Key provided");
        });
    }

    @Test
    void amountsGoInTheCurrencysSmallestUnit() {
        assertThat(StripePayments.minorUnits(Money.of("49.99", "USD"))).isEqualTo(4999);
        assertThat(StripePayments.minorUnits(Money.of("1200", "JPY"))).isEqualTo(1200);
        assertThat(StripePayments.minorUnits(Money.of("1.25", "KWD"))).isEqualTo(1250);
        assertThatThrownBy(() -> StripePayments.minorUnits(Money.of("10.50", "JPY"))).isInstanceOf(ConnectorRejection.class);
    }

    private static ResponseDefinitionBuilder json(int status, String file) {
        try (InputStream in = StripePaymentsContractTest.class.getResourceAsStream("/vendors/stripe/" + file)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_test")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

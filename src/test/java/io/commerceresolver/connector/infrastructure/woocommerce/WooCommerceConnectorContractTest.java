package io.commerceresolver.connector.infrastructure.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

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
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.Vendor;

/** The WooCommerce adapter against the REST API v3's documented requests and answers (src/test/resources/vendors/woocommerce). */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class WooCommerceConnectorContractTest {

    static final String API = "/wp-json/wc/v3";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("ck_test:cs_test".getBytes(StandardCharsets.UTF_8));

    WireMockServer woo;
    WooCommerceConnector store;

    @BeforeEach
    void start() {
        woo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        woo.start();
        ConnectorSettings settings = new ConnectorSettings("t-1", Capability.ORDERS, Vendor.WOOCOMMERCE, "http://localhost:" + woo.port(), null,
                null, "admin", Instant.now());
        store = new WooCommerceConnector(HttpClient.newHttpClient(), settings, "ck_test", "cs_test", Duration.ofSeconds(2), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        woo.stop();
    }

    /** The order's refunds come in two pages, the first pointing at the second with a Link header. */
    private void refundsOf1002() {
        woo.stubFor(get(urlEqualTo(API + "/orders/1002")).willReturn(json(200, "order-1002.json")));
        woo.stubFor(get(urlEqualTo(API + "/orders/1002/refunds?per_page=100")).willReturn(json(200, "refunds-page1.json")
                .withHeader("X-WP-Total", "2").withHeader("X-WP-TotalPages", "2")
                .withHeader("Link", "<http://localhost:" + woo.port() + API + "/orders/1002/refunds?per_page=100&page=2>; rel=\"next\"")));
        woo.stubFor(get(urlEqualTo(API + "/orders/1002/refunds?per_page=100&page=2")).willReturn(json(200, "refunds-page2.json")
                .withHeader("X-WP-Total", "2").withHeader("X-WP-TotalPages", "2")
                .withHeader("Link", "<http://localhost:" + woo.port() + API + "/orders/1002/refunds?per_page=100&page=1>; rel=\"prev\"")));
    }

    @Test
    void anOrderIsReadWithBasicAuthAndItsStatusRefundsAndGoodwillMapped() {
        woo.stubFor(get(urlEqualTo(API + "/orders/1002")).willReturn(json(200, "order-1002.json")));
        woo.stubFor(get(urlEqualTo(API + "/orders/1001")).willReturn(json(200, "order-1001.json")));

        Order processing = store.getOrder("t-1", "1002").orElseThrow();
        Order completed = store.getOrder("t-1", "1001").orElseThrow();

        assertThat(processing.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(processing.refundedTotal()).isEqualByComparingTo("5.00");
        assertThat(processing.goodwillTotal()).isEqualByComparingTo("5.00");
        assertThat(processing.discounts()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("Late dispatch"));
        assertThat(processing.customerEmail()).isEqualTo("ann@example.com");
        assertThat(processing.placedAt()).isEqualTo(Instant.parse("2026-11-21T14:28:02Z"));
        assertThat(processing.shippingAddress().name()).isEqualTo("Ann Lee");
        assertThat(processing.lines()).extracting(Order.OrderLine::sku).containsExactly("MUG-BLUE", "COASTER-SET");
        assertThat(completed.status()).as("completed: the shop sent the goods").isEqualTo(OrderStatus.SHIPPED);
        assertThat(completed.shippedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        woo.verify(getRequestedFor(urlEqualTo(API + "/orders/1002")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void anOrderNotInTheStoreIsAbsentAndAnIdThatIsNoNumberNeverReachesAUrl() {
        woo.stubFor(get(urlEqualTo(API + "/orders/4040")).willReturn(json(404, "error-not-found.json")));

        assertThat(store.getOrder("t-1", "4040")).isEmpty();
        assertThat(store.getOrder("t-1", "../products")).isEmpty();
        woo.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefundReadsEveryPageOfRefundsThenRefundsThroughTheGatewayWithTheKeyInItsReason() {
        refundsOf1002();
        woo.stubFor(post(urlEqualTo(API + "/orders/1002/refunds")).willReturn(json(201, "refund-created.json")));

        Refund refund = store.issueRefund("t-1", "1002", Money.of("20.00", "USD"), "Ticket 42", "run-1:refund:issue_refund");

        assertThat(refund.id()).isEqualTo("730");
        assertThat(refund.reason()).isEqualTo("Ticket 42");
        woo.verify(getRequestedFor(urlEqualTo(API + "/orders/1002/refunds?per_page=100&page=2")));
        woo.verify(postRequestedFor(urlEqualTo(API + "/orders/1002/refunds")).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("""
                        {"amount": "20.00", "reason": "Ticket 42 [resolver run-1:refund:issue_refund]", "api_refund": true}""")));
    }

    @Test
    void aRefundRetriedAfterItsAnswerWasLostIsFoundOnALaterPageAndNotMadeAgain() {
        refundsOf1002();

        Refund again = store.issueRefund("t-1", "1002", Money.of("2.00", "USD"), "Ticket 7", "run-7:issue_refund:issue_refund");

        assertThat(again.id()).isEqualTo("729");
        woo.verify(0, postRequestedFor(urlPathEqualTo(API + "/orders/1002/refunds")));
    }

    @Test
    void aRefundAboveTheBalanceIsRefusedBeforeAnythingIsSentAndWooCommercesOwnRefusalKeepsItsCode() {
        refundsOf1002();
        assertThatThrownBy(() -> store.issueRefund("t-1", "1002", Money.of("55.00", "USD"), "r", "k1"))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("exceeds_refundable_balance");
                    assertThat(rejected.getMessage()).contains("54.99");
                });
        woo.verify(0, postRequestedFor(urlPathEqualTo(API + "/orders/1002/refunds")));

        woo.stubFor(post(urlEqualTo(API + "/orders/1002/refunds")).willReturn(json(400, "error-refund-refused.json")));
        assertThatThrownBy(() -> store.issueRefund("t-1", "1002", Money.of("1.00", "USD"), "r", "k2"))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("woocommerce_rest_cannot_create_order_refund");
                    assertThat(rejected.getMessage()).contains("Refund amount must be greater than zero.");
                });
    }

    @Test
    void aCancellationReturnsWhatIsLeftOfThePaymentThenMarksTheOrderCancelled() {
        refundsOf1002();
        woo.stubFor(post(urlEqualTo(API + "/orders/1002/refunds")).willReturn(json(201, "refund-created.json")));
        woo.stubFor(put(urlEqualTo(API + "/orders/1002")).willReturn(json(200, "order-1002-cancelled.json")));

        Order cancelled = store.cancelOrder("t-1", "1002", "Changed mind", "run-9:cancel:cancel_order");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.refundedTotal()).isEqualByComparingTo(cancelled.total());
        woo.verify(postRequestedFor(urlEqualTo(API + "/orders/1002/refunds")).withRequestBody(equalToJson("""
                {"amount": "54.99", "reason": "Changed mind [resolver run-9:cancel:cancel_order]", "api_refund": true}""")));
        woo.verify(putRequestedFor(urlEqualTo(API + "/orders/1002")).withRequestBody(equalToJson("{\"status\": \"cancelled\"}")));
    }

    @Test
    void refusedKeysRateLimitsAndServerErrorsBecomeThePortsFailures() {
        woo.stubFor(get(urlEqualTo(API + "/orders/1001")).willReturn(json(401, "error-unauthorized.json")));
        assertThatThrownBy(() -> store.getOrder("t-1", "1001")).isInstanceOfSatisfying(Unauthorized.class,
                refused -> assertThat(refused.getMessage()).contains("Sorry, you cannot list resources."));

        woo.stubFor(get(urlEqualTo(API + "/orders/1001")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        assertThatThrownBy(() -> store.getOrder("t-1", "1001")).isInstanceOfSatisfying(RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7)));

        woo.stubFor(get(urlEqualTo(API + "/orders/1001")).willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> store.getOrder("t-1", "1001")).isInstanceOf(TransientFailure.class);

        woo.stubFor(get(urlEqualTo(API + "/orders/1001")).willReturn(json(200, "order-1001.json").withFixedDelay(3_000)));
        assertThatThrownBy(() -> store.getOrder("t-1", "1001")).isInstanceOf(TransientFailure.class);
    }

    @Test
    void theNextPageIsReadFromTheLinkHeader() {
        assertThat(WooRest.nextPage("<https://shop.example/wp-json/wc/v3/orders?page=1>; rel=\"prev\", "
                + "<https://shop.example/wp-json/wc/v3/orders?page=3>; rel=\"next\"")).isEqualTo("https://shop.example/wp-json/wc/v3/orders?page=3");
        assertThat(WooRest.nextPage("<https://shop.example/wp-json/wc/v3/orders?page=1>; rel=\"prev\"")).isNull();
    }

    private static ResponseDefinitionBuilder json(int status, String file) {
        try (InputStream in = WooCommerceConnectorContractTest.class.getResourceAsStream("/vendors/woocommerce/" + file)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

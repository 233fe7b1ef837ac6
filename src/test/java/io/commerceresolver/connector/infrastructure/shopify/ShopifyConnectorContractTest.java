package io.commerceresolver.connector.infrastructure.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.commerceresolver.connector.infrastructure.shopify.ShopifyStubs.answer;
import static io.commerceresolver.connector.infrastructure.shopify.ShopifyStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.Vendor;

/**
 * The Shopify adapter against the GraphQL Admin API's documented requests and answers (stubs under
 * src/test/resources/vendors/shopify), every failure included: what is sent, and what each answer becomes.
 */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class ShopifyConnectorContractTest {

    static final String TENANT = "t-shop";
    static final String KEY = "run-1:refund:issue_refund";

    WireMockServer shopify;
    ShopifyConnector connector;

    @BeforeEach
    void start() {
        shopify = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        shopify.start();
        connector = connector(ShopifyStubs.TOKEN);
    }

    @AfterEach
    void stop() {
        shopify.stop();
    }

    private ShopifyConnector connector(String token) {
        ConnectorSettings settings = new ConnectorSettings(TENANT, Capability.ORDERS, Vendor.SHOPIFY, "http://localhost:" + shopify.port(),
                ShopifyStubs.API_VERSION, null, "admin", Instant.now());
        return new ShopifyConnector(HttpClient.newHttpClient(), settings, token, Duration.ofMillis(800), Clock.systemUTC());
    }

    private void order1001(String file) {
        shopify.stubFor(operation("query", "OrderByName").withRequestBody(matchingJsonPath("$.variables.query", equalTo("name:#1001")))
                .willReturn(answer(file)));
        shopify.stubFor(operation("query", "OrderLines").willReturn(answer("order-1001-lines-page2.json")));
    }

    @Test
    void anOrderIsReadByItsNameWithTheTokenAndEveryPageOfItsLines() {
        order1001("order-1001.json");

        Order order = connector.getOrder(TENANT, "1001").orElseThrow();

        assertThat(order.id()).isEqualTo("1001");
        assertThat(order.status()).as("FULFILLED with a delivered fulfilment").isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.customerEmail()).isEqualTo("ann@example.com");
        assertThat(order.customerName()).isEqualTo("Ann Lee");
        assertThat(order.total()).isEqualByComparingTo("59.99");
        assertThat(order.refundedTotal()).isEqualByComparingTo("0");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.carrier()).isEqualTo("UPS");
        assertThat(order.trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(order.deliveredAt()).isNotNull();
        assertThat(order.shippingAddress()).isEqualTo(new Address("Ann Lee", "12 Harbour Street", null, "Portland", "ME", "04101", "US"));
        assertThat(order.lines()).extracting(Order.OrderLine::sku).containsExactly("MUG-BLUE", "COASTER-SET");
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withHeader("X-Shopify-Access-Token", equalTo(ShopifyStubs.TOKEN))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("query OrderByName"))));
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withRequestBody(matchingJsonPath("$.variables.after",
                equalTo("eyJsYXN0X2lkIjoxMzYwMTI4MzMwMDg4MiwibGFzdF92YWx1ZSI6IjEzNjAxMjgzMzAwODgyIn0="))));
    }

    @Test
    void anOrderNotInTheShopIsAbsentAndItsTrackingIsRefused() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(answer("orders-none.json")));

        assertThat(connector.getOrder(TENANT, "4040")).isEmpty();
        assertThatThrownBy(() -> connector.getTracking(TENANT, "4040")).isInstanceOfSatisfying(ConnectorRejection.class,
                rejected -> assertThat(rejected.code()).isEqualTo("order_not_found"));
    }

    @Test
    void trackingComesFromTheLatestFulfilment() {
        order1001("order-1001.json");

        Tracking tracking = connector.getTracking(TENANT, "1001");

        assertThat(tracking.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(tracking.carrier()).isEqualTo("UPS");
        assertThat(tracking.carrierStatus()).isEqualTo("DELIVERED");
    }

    @Test
    void aRefundIsCalculatedFirstThenCreatedAgainstTheSuggestedPaymentWithTheIdempotencyKey() {
        order1001("order-1001.json");
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(answer("suggested-refund.json")));
        shopify.stubFor(operation("mutation", "RefundCreate").willReturn(answer("refund-create.json")));

        Refund refund = connector.issueRefund(TENANT, "1001", Money.of("49.99", "USD"), "Ticket 42", KEY);

        assertThat(refund.id()).isEqualTo("gid://shopify/Refund/929361462");
        assertThat(refund.amount()).isEqualTo(Money.of("49.99", "USD"));
        assertThat(refund.reason()).as("the key mark is Shopify's note, not the reason").isEqualTo("Ticket 42");
        List<String> operations = new java.util.ArrayList<>(shopify.getAllServeEvents().stream()
                .map(event -> event.getRequest().getBodyAsString().replaceAll("(?s)^\\{\"query\":\"(\\w+ \\w+).*", "$1")).toList());
        java.util.Collections.reverse(operations); // WireMock lists the newest first
        assertThat(operations).containsSubsequence("query OrderByName", "query SuggestedRefund", "mutation RefundCreate");
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("@idempotent(key: $idempotencyKey)")))
                .withRequestBody(equalToJson("""
                        {"variables": {"idempotencyKey": "run-1:refund:issue_refund",
                          "input": {"orderId": "gid://shopify/Order/5432109876", "note": "Ticket 42 [resolver run-1:refund:issue_refund]",
                            "notify": false,
                            "transactions": [{"orderId": "gid://shopify/Order/5432109876", "parentId": "gid://shopify/OrderTransaction/6581235499",
                              "gateway": "shopify_payments", "kind": "REFUND", "amount": "49.99"}]}}}""", true, true)));
    }

    @Test
    void aRefundAboveWhatShopifyCanStillRefundIsRefusedBeforeAnythingIsCreated() {
        order1001("order-1001.json");
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(answer("suggested-refund.json")));

        assertThatThrownBy(() -> connector.issueRefund(TENANT, "1001", Money.of("60.00", "USD"), "Ticket 42", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("exceeds_refundable_balance");
                    assertThat(rejected.getMessage()).contains("59.99");
                });
        shopify.verify(0, postRequestedFor(urlEqualTo(ShopifyStubs.PATH))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("mutation RefundCreate"))));
    }

    @Test
    void aRefundRetriedAfterItsAnswerWasLostReturnsTheRefundTheOrderShowsAndCreatesNoOther() {
        order1001WithRefund("Ticket 42 [resolver " + KEY + "]");

        Refund again = connector.issueRefund(TENANT, "1001", Money.of("49.99", "USD"), "Ticket 42", KEY);

        assertThat(again.id()).isEqualTo("gid://shopify/Refund/929361462");
        assertThat(again.amount().amount()).isEqualByComparingTo("49.99");
        shopify.verify(0, postRequestedFor(urlEqualTo(ShopifyStubs.PATH))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("mutation RefundCreate"))));
    }

    private void order1001WithRefund(String note) {
        shopify.stubFor(operation("query", "OrderByName").willReturn(answer("order-1001-refunded.json", Map.of("refundNote", note))));
        shopify.stubFor(operation("query", "OrderLines").willReturn(answer("order-1001-lines-page2.json")));
    }

    @Test
    void shopifysUserErrorsAreARejectionWithTheVendorsMessageKept() {
        order1001("order-1001.json");
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(answer("suggested-refund.json")));
        shopify.stubFor(operation("mutation", "RefundCreate").willReturn(answer("refund-create-user-errors.json")));

        assertThatThrownBy(() -> connector.issueRefund(TENANT, "1001", Money.of("49.99", "USD"), "Ticket 42", KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("refund_refused");
                    assertThat(rejected.getMessage()).contains("transactions.0.amount: Amount can't be greater than the amount available to refund");
                });
    }

    @Test
    void goodwillIsARefundNotedAsGoodwillAndTheOrderShowsItAsSuch() {
        order1001("order-1001.json");
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(answer("suggested-refund.json")));
        shopify.stubFor(operation("mutation", "RefundCreate").willReturn(answer("refund-create.json")));

        Discount credited = connector.applyDiscount(TENANT, "1001", Money.of("10.00", "USD"), "Late delivery", "run-2:goodwill:apply_discount");

        assertThat(credited.id()).isEqualTo("gid://shopify/Refund/929361462");
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withRequestBody(matchingJsonPath("$.variables.input.note",
                equalTo("Goodwill: Late delivery [resolver run-2:goodwill:apply_discount]"))));

        order1001WithRefund("Goodwill: Late delivery [resolver run-2:goodwill:apply_discount]");
        Order after = connector.getOrder(TENANT, "1001").orElseThrow();
        assertThat(after.discounts()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("Late delivery");
            assertThat(d.amount().amount()).isEqualByComparingTo("49.99");
        });
        assertThat(after.goodwillTotal()).isEqualByComparingTo("49.99");
    }

    @Test
    void aCancellationReturnsThePaymentAndRestocksThenReadsTheOrderBack() {
        shopify.stubFor(operation("query", "OrderByName").inScenario("cancel").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(answer("order-1002-unfulfilled.json")));
        shopify.stubFor(operation("mutation", "OrderCancel").inScenario("cancel").willReturn(answer("order-cancel.json"))
                .willSetStateTo("cancelled"));
        shopify.stubFor(operation("query", "OrderByName").inScenario("cancel").whenScenarioStateIs("cancelled")
                .willReturn(answer("order-1002-cancelled.json")));
        shopify.stubFor(operation("query", "OrderLines").willReturn(answer("order-1001-lines-page2.json")));

        Order cancelled = connector.cancelOrder(TENANT, "1002", "Customer changed their mind", "run-9:cancel:cancel_order");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.refundedTotal()).isEqualByComparingTo(cancelled.total());
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withRequestBody(equalToJson("""
                {"variables": {"orderId": "gid://shopify/Order/5432109877", "reason": "CUSTOMER",
                  "refundMethod": {"originalPaymentMethodsRefund": true}, "restock": true, "notifyCustomer": false}}""", true, true)));

        // asked again (its answer lost): the order is already cancelled, and nothing more is sent
        Order again = connector.cancelOrder(TENANT, "1002", "Customer changed their mind", "run-9:cancel:cancel_order");
        assertThat(again.status()).isEqualTo(OrderStatus.CANCELLED);
        shopify.verify(1, postRequestedFor(urlEqualTo(ShopifyStubs.PATH))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("mutation OrderCancel"))));
    }

    @Test
    void aShippedOrderIsNeitherCancelledNorReaddressed() {
        order1001("order-1001.json");

        assertThatThrownBy(() -> connector.cancelOrder(TENANT, "1001", "too late", "k1")).isInstanceOfSatisfying(ConnectorRejection.class,
                rejected -> assertThat(rejected.code()).isEqualTo("order_already_shipped"));
        assertThatThrownBy(() -> connector.updateAddress(TENANT, "1001", new Address(null, "1 Main St", null, "Boston", "MA", "02110", "US"), "k2"))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("order_already_shipped"));
    }

    @Test
    void anAddressChangeSendsTheShippingAddressAndShopifysRefusalIsKept() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(answer("order-1002-unfulfilled.json")));
        shopify.stubFor(operation("query", "OrderLines").willReturn(answer("order-1001-lines-page2.json")));
        shopify.stubFor(operation("mutation", "OrderUpdate").willReturn(answer("order-update.json")));

        assertThatThrownBy(() -> connector.updateAddress(TENANT, "1002", new Address("Ann Marie Lee", "1 Main St", null, "Boston", "MA", "0211",
                "us"), "k3")).isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("invalid_address");
                    assertThat(rejected.getMessage()).contains("shippingAddress.zip: Zip is not valid for United States");
                });
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withRequestBody(equalToJson("""
                {"variables": {"input": {"id": "gid://shopify/Order/5432109877", "shippingAddress": {"firstName": "Ann Marie", "lastName": "Lee",
                  "address1": "1 Main St", "city": "Boston", "provinceCode": "MA", "zip": "0211", "countryCode": "US"}}}}""", true, true)));
    }

    @Test
    void aProductIsItsVariantOfThatExactSkuAndASaleIsItsPromotion() {
        shopify.stubFor(operation("query", "VariantBySku").willReturn(answer("variant-by-sku.json")));

        Product mug = connector.getProduct(TENANT, "MUG-BLUE").orElseThrow();

        assertThat(mug.title()).isEqualTo("Blue mug");
        assertThat(mug.price()).as("the regular price is the compare-at price").isEqualByComparingTo("40.00");
        assertThat(mug.promoPercentOff()).isEqualByComparingTo("20.00");
        assertThat(mug.sellingPrice()).isEqualByComparingTo("32.00");
        assertThat(mug.cost()).isEqualByComparingTo("12.50");
        assertThat(mug.stock()).isEqualTo(14);
        assertThat(mug.category()).isEqualTo("Kitchen");
        assertThat(connector.getProduct(TENANT, "MUG")).as("a prefix of a SKU is not the SKU").isEmpty();
    }

    @Test
    void aNewPriceKeepsTheRunningPromotionAndAStockCountIsSetIdempotentlyAtTheShopsLocation() {
        shopify.stubFor(operation("query", "VariantBySku").willReturn(answer("variant-by-sku.json")));
        shopify.stubFor(operation("mutation", "VariantsUpdate").willReturn(answer("variants-update.json")));
        shopify.stubFor(operation("mutation", "StockCount").willReturn(answer("inventory-set.json")));
        shopify.stubFor(operation("query", "FirstLocation").willReturn(answer("locations.json")));

        Product repriced = connector.updatePrice(TENANT, "MUG-BLUE", Money.of("50.00", "USD"), "k-price");
        Product counted = connector.updateInventory(TENANT, "MUG-BLUE", 40, "k-stock");

        assertThat(repriced.price()).isEqualByComparingTo("50.00");
        assertThat(repriced.promoPercentOff()).isEqualByComparingTo("20.00");
        assertThat(counted.stock()).isEqualTo(40);
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH)).withRequestBody(equalToJson("""
                {"variables": {"productId": "gid://shopify/Product/108828309",
                  "variants": [{"id": "gid://shopify/ProductVariant/43729075", "price": "40.00", "compareAtPrice": "50.00"}]}}""", true, true)));
        shopify.verify(postRequestedFor(urlEqualTo(ShopifyStubs.PATH))
                .withRequestBody(matchingJsonPath("$.query", com.github.tomakehurst.wiremock.client.WireMock.containing("@idempotent(key: $idempotencyKey)")))
                .withRequestBody(equalToJson("""
                        {"variables": {"idempotencyKey": "k-stock", "input": {"name": "available", "reason": "correction",
                          "quantities": [{"inventoryItemId": "gid://shopify/InventoryItem/43729998",
                            "locationId": "gid://shopify/Location/655441491", "quantity": 40}]}}}""", true, true)));
        assertThatThrownBy(() -> connector.updatePrice(TENANT, "MUG-BLUE", Money.of("50.00", "EUR"), "k-eur"))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("currency_mismatch"));
    }

    // --- how each of Shopify's failures reaches the caller ---

    @Test
    void http429IsRateLimitedForAsLongAsRetryAfterSays() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2.0")
                .withBody(ShopifyStubs.file("rate-limited.json", Map.of()))));

        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOfSatisfying(RateLimited.class, limited -> {
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(2));
            assertThat(limited.getMessage()).contains("Exceeded 2 calls per second");
        });
    }

    @Test
    void aThrottledQueryWaitsUntilTheBucketHoldsItsCostAgain() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(answer("throttled.json")));

        // 202 points asked, 118 left, 50 restored a second: 84 missing, 1.68 s
        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOfSatisfying(RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofMillis(1680)));
    }

    @Test
    void refusedCredentialsAreUnauthorizedWithShopifysMessage() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(aResponse().withStatus(401)
                .withBody(ShopifyStubs.file("unauthorized.json", Map.of()))));
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(aResponse().withStatus(403).withBody("")));

        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOfSatisfying(Unauthorized.class,
                refused -> assertThat(refused.getMessage()).contains("Invalid API key or access token"));
        assertThatThrownBy(() -> connector(null).getOrder(TENANT, "1001")).isInstanceOf(Unauthorized.class);
    }

    @Test
    void aMissingScopeIsUnauthorized() {
        order1001("order-1001.json");
        shopify.stubFor(operation("query", "SuggestedRefund").willReturn(answer("suggested-refund.json")));
        shopify.stubFor(operation("mutation", "RefundCreate").willReturn(answer("access-denied.json")));

        assertThatThrownBy(() -> connector.issueRefund(TENANT, "1001", Money.of("5.00", "USD"), "r", KEY)).isInstanceOfSatisfying(
                Unauthorized.class, refused -> assertThat(refused.getMessage()).contains("write_orders"));
    }

    @Test
    void serverErrorsTimeoutsAndGarbageAreTransient() {
        shopify.stubFor(operation("query", "OrderByName").willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOfSatisfying(TransientFailure.class,
                failed -> assertThat(failed.getMessage()).contains("503").contains("Service Unavailable"));

        shopify.stubFor(operation("query", "OrderByName").willReturn(answer("order-1001.json").withFixedDelay(2_000)));
        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOfSatisfying(TransientFailure.class,
                failed -> assertThat(failed.getMessage()).contains("did not answer"));

        shopify.stubFor(operation("query", "OrderByName").willReturn(aResponse().withStatus(200).withBody("{\"data\": {\"orders\"")));
        assertThatThrownBy(() -> connector.getOrder(TENANT, "1001")).isInstanceOf(TransientFailure.class);
    }

    @Test
    void theLiveCheckSaysOkUnauthorizedOrUnreachable() {
        shopify.stubFor(operation("query", "Shop").willReturn(answer("shop.json")));
        assertThat(connector.check()).satisfies(check -> {
            assertThat(check.status()).isEqualTo(LiveCheck.Status.OK);
            assertThat(check.message()).contains("Harbour Mugs");
        });

        shopify.stubFor(operation("query", "Shop").willReturn(aResponse().withStatus(401).withBody(ShopifyStubs.file("unauthorized.json", Map.of()))));
        assertThat(connector.check().status()).isEqualTo(LiveCheck.Status.UNAUTHORIZED);

        shopify.stop();
        assertThat(connector.check().status()).isEqualTo(LiveCheck.Status.UNREACHABLE);
    }

    @Test
    void theWaitOfAThrottleIsComputedFromTheBucket() {
        assertThat(ShopifyGraphQl.throttleWait(100.0, new ShopifyJson.ThrottleStatus(1000, 0, 100))).isEqualTo(Duration.ofSeconds(1));
        assertThat(ShopifyGraphQl.throttleWait(null, null)).isNull();
        assertThat(ShopifyGraphQl.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isNegative();
        assertThat(ShopifyGraphQl.retryAfter("soon")).isNull();
        assertThat(ShopifyRefunds.allocate("o", new BigDecimal("70.00"), List.of())).isEmpty();
    }
}

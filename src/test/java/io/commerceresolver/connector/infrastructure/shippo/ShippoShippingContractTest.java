package io.commerceresolver.connector.infrastructure.shippo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.commerceresolver.connector.infrastructure.shippo.ShippoStubs.answer;
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
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.Vendor;

/** The Shippo adapter against the API's documented requests and answers (src/test/resources/vendors/shippo). */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class ShippoShippingContractTest {

    static final String KEY = "run-7:create_return_label:create_return_label";
    static final String RECENT = "/transactions?results=100";
    static final Order DELIVERED = new Order("1001", "c-1", "ann@example.com", "Ann Lee", OrderStatus.DELIVERED, "USD", new BigDecimal("59.99"),
            BigDecimal.ZERO, Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"),
            "USPS", "9400100000000000000001", new Address("Ann Lee", "12 Harbour Street", null, "Portland", "ME", "04101", "US"), List.of(),
            List.of(), List.of(), List.of(), null, null);

    WireMockServer shippo;

    @BeforeEach
    void start() {
        shippo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        shippo.start();
    }

    @AfterEach
    void stop() {
        shippo.stop();
    }

    private ShippoShipping adapter(String servicelevel) {
        ConnectorSettings settings = new ConnectorSettings("t-1", Capability.SHIPPING, Vendor.SHIPPO, "http://localhost:" + shippo.port(), null,
                null, ShippoStubs.returns(servicelevel), "admin", Instant.now());
        return new ShippoShipping(HttpClient.newHttpClient(), settings, ShippoStubs.TOKEN, Duration.ofSeconds(2), Clock.systemUTC());
    }

    private void nothingBoughtYet() {
        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(200, "transactions-empty.json", Map.of())));
    }

    private void shipmentAndPurchase() {
        shippo.stubFor(post(urlEqualTo("/shipments")).willReturn(answer(201, "shipment-return.json", Map.of())));
        shippo.stubFor(post(urlEqualTo("/transactions")).willReturn(answer(201, "transaction-success.json", Map.of("metadata", KEY))));
    }

    @Test
    void aReturnLabelIsBoughtFromAReturnShipmentAtTheCheapestRateWithTheKeyInItsMetadata() {
        nothingBoughtYet();
        shipmentAndPurchase();

        ReturnLabel label = adapter(null).createReturnLabel("t-1", DELIVERED, KEY);

        assertThat(label).isEqualTo(new ReturnLabel(ShippoStubs.LABEL_ID, "1001", "USPS", "9499907123456123456781",
                "https://shippo-delivery.s3.amazonaws.com/915d94940ea54c3a80cbfa328722f5a1.pdf?Signature=example&Expires=1796000000",
                Instant.parse("2026-12-02T09:14:06.278Z")));
        shippo.verify(postRequestedFor(urlEqualTo("/shipments"))
                .withHeader("Authorization", equalTo("ShippoToken " + ShippoStubs.TOKEN))
                .withHeader("SHIPPO-API-VERSION", equalTo("2018-02-08"))
                .withRequestBody(equalToJson("""
                        {"address_from": {"name": "Harbour Mugs Returns", "street1": "215 Clayton St.", "city": "San Francisco", "state": "CA",
                                          "zip": "94117", "country": "US", "phone": "+1 555 341 9393", "email": "returns@harbourmugs.example"},
                         "address_to": {"name": "Ann Lee", "street1": "12 Harbour Street", "city": "Portland", "state": "ME", "zip": "04101",
                                        "country": "US", "email": "ann@example.com"},
                         "parcels": [{"length": "30", "width": "20", "height": "10", "distance_unit": "cm", "weight": "1.5", "mass_unit": "kg"}],
                         "extra": {"is_return": true},
                         "async": false}""")));
        shippo.verify(postRequestedFor(urlEqualTo("/transactions")).withRequestBody(equalToJson("""
                {"rate": "%s", "label_file_type": "PDF", "async": false, "metadata": "%s"}""".formatted(ShippoStubs.CHEAPEST_RATE, KEY))));
    }

    @Test
    void aServiceLevelTheTenantNamesIsBoughtEvenWhenDearerAndOneNotOfferedIsRefusedBeforeBuying() {
        nothingBoughtYet();
        shipmentAndPurchase();

        adapter("ups_ground").createReturnLabel("t-1", DELIVERED, KEY);
        shippo.verify(postRequestedFor(urlEqualTo("/transactions")).withRequestBody(equalToJson("""
                {"rate": "%s", "label_file_type": "PDF", "async": false, "metadata": "%s"}""".formatted(ShippoStubs.UPS_GROUND_RATE, KEY))));

        shippo.resetRequests();
        assertThatThrownBy(() -> adapter("fedex_2_day").createReturnLabel("t-1", DELIVERED, KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("shippo_servicelevel_unavailable");
                    assertThat(rejected.getMessage()).contains("usps_ground_advantage", "ups_ground");
                });
        shippo.verify(0, postRequestedFor(urlEqualTo("/transactions")));
    }

    @Test
    void aLabelAlreadyBoughtUnderTheKeyIsFoundOnALaterPageAndNotBoughtAgain() {
        String page2 = "http://localhost:" + shippo.port() + "/transactions?page=2&results=100";
        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(200, "transactions-page1.json", Map.of("next", page2, "metadata", KEY))));
        shippo.stubFor(get(urlEqualTo("/transactions?page=2&results=100")).willReturn(answer(200, "transactions-page2.json",
                Map.of("previous", "http://localhost:" + shippo.port() + RECENT, "metadata", KEY))));
        shipmentAndPurchase();

        ReturnLabel again = adapter(null).createReturnLabel("t-1", DELIVERED, KEY);

        assertThat(again.id()).as("the earlier purchase, not the one Shippo refused on page 1").isEqualTo(ShippoStubs.LABEL_ID);
        assertThat(again.carrier()).isEqualTo("USPS");
        shippo.verify(getRequestedFor(urlEqualTo("/transactions?page=2&results=100")));
        shippo.verify(0, postRequestedFor(urlEqualTo("/shipments")));
        shippo.verify(0, postRequestedFor(urlEqualTo("/transactions")));
    }

    @Test
    void theSearchForAnEarlierPurchaseStopsAfterItsPagesAndNeverFollowsALinkToAnotherHost() {
        String more = "http://localhost:" + shippo.port() + "/transactions?page=2&results=100";
        shippo.stubFor(get(urlPathEqualTo("/transactions")).willReturn(answer(200, "transactions-page1.json", Map.of("next", more, "metadata", "other"))));
        shipmentAndPurchase();

        adapter(null).createReturnLabel("t-1", DELIVERED, KEY);

        shippo.verify(ShippoShipping.RECENT_PAGES, getRequestedFor(urlPathEqualTo("/transactions")));
        shippo.verify(1, postRequestedFor(urlEqualTo("/transactions")));

        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(200, "transactions-page1.json",
                Map.of("next", "https://shippo.example.net/transactions?page=2", "metadata", "other"))));
        assertThatThrownBy(() -> adapter(null).createReturnLabel("t-1", DELIVERED, KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("shippo_foreign_link"));
    }

    @Test
    void aLabelTheCarrierRefusesIsARejectionWithItsWordsAndOneStillQueuedIsAskedForAgainLater() {
        nothingBoughtYet();
        shippo.stubFor(post(urlEqualTo("/shipments")).willReturn(answer(201, "shipment-return.json", Map.of())));
        shippo.stubFor(post(urlEqualTo("/transactions")).willReturn(answer(201, "transaction-error.json", Map.of("metadata", KEY))));

        assertThatThrownBy(() -> adapter(null).createReturnLabel("t-1", DELIVERED, KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("shippo_label_refused");
                    assertThat(rejected.getMessage()).contains("USPS: The address to is not a valid address for USPS returns.");
                });

        shippo.stubFor(post(urlEqualTo("/transactions")).willReturn(answer(201, "transaction-queued.json", Map.of("metadata", KEY))));
        assertThatThrownBy(() -> adapter(null).createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOf(TransientFailure.class);
    }

    @Test
    void refusedTokensRateLimitsServerErrorsTimeoutsAndRefusalsBecomeThePortsFailures() {
        ShippoShipping adapter = adapter(null);
        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(401, "error-unauthorized.json", Map.of())));
        assertThatThrownBy(() -> adapter.createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOfSatisfying(Unauthorized.class,
                refused -> assertThat(refused.getMessage()).contains("Invalid token."));

        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(429, "error-rate-limited.json", Map.of()).withHeader("Retry-After", "7")));
        assertThatThrownBy(() -> adapter.createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOfSatisfying(RateLimited.class,
                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7)));

        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> adapter.createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOf(TransientFailure.class);

        shippo.stubFor(get(urlEqualTo(RECENT)).willReturn(answer(200, "transactions-empty.json", Map.of()).withFixedDelay(3_000)));
        assertThatThrownBy(() -> adapter.createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOf(TransientFailure.class);

        nothingBoughtYet();
        shippo.stubFor(post(urlEqualTo("/shipments")).willReturn(answer(400, "error-validation.json", Map.of())));
        assertThatThrownBy(() -> adapter.createReturnLabel("t-1", DELIVERED, KEY)).isInstanceOfSatisfying(ConnectorRejection.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("shippo_400");
            assertThat(rejected.getMessage()).contains("address_from: The field 'street1' is required", "parcels: Weight must be a positive number.");
        });
        shippo.verify(0, postRequestedFor(urlEqualTo("/transactions")));
    }

    @Test
    void theReadBackAsksShippoForTheLabelByIdAndAVoidedOrUnknownLabelIsNotShown() {
        ShippoShipping adapter = adapter(null);
        shippo.stubFor(get(urlEqualTo("/transactions/" + ShippoStubs.LABEL_ID)).willReturn(answer(200, "transaction-success.json",
                Map.of("metadata", KEY))));
        shippo.stubFor(get(urlEqualTo("/transactions/0123456789abcdef0123456789abcdef")).willReturn(aResponse().withStatus(404)
                .withBody("{\"detail\": \"Not found.\"}")));

        assertThat(adapter.findReturnLabel("t-1", "1001", ShippoStubs.LABEL_ID)).hasValueSatisfying(label -> {
            assertThat(label.orderId()).isEqualTo("1001");
            assertThat(label.trackingNumber()).isEqualTo("9499907123456123456781");
        });
        assertThat(adapter.findReturnLabel("t-1", "1001", "0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(adapter.findReturnLabel("t-1", "1001", "../addresses")).as("never reaches a URL").isEmpty();

        shippo.stubFor(get(urlEqualTo("/transactions/" + ShippoStubs.LABEL_ID)).willReturn(answer(200, "transaction-refunded.json",
                Map.of("metadata", KEY))));
        assertThat(adapter.findReturnLabel("t-1", "1001", ShippoStubs.LABEL_ID)).as("voided").isEmpty();
        shippo.verify(1, getRequestedFor(urlEqualTo("/transactions/0123456789abcdef0123456789abcdef")));
        shippo.verify(0, anyRequestedFor(urlPathEqualTo("/addresses")));
    }

    @Test
    void theLiveCheckListsOneAddress() {
        shippo.stubFor(get(urlEqualTo("/addresses?results=1")).willReturn(answer(200, "addresses.json", Map.of())));
        assertThat(adapter(null).check().status()).isEqualTo(LiveCheck.Status.OK);

        shippo.stubFor(get(urlEqualTo("/addresses?results=1")).willReturn(answer(401, "error-unauthorized.json", Map.of())));
        assertThat(adapter(null).check()).satisfies(check -> {
            assertThat(check.status()).isEqualTo(LiveCheck.Status.UNAUTHORIZED);
            assertThat(check.message()).contains("Invalid token.");
        });
        shippo.verify(2, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("ShippoToken " + ShippoStubs.TOKEN)));
    }

    @Test
    void aKeyLongerThanShipposMetadataIsKeptAsItsDigest() {
        String longKey = "run-" + "x".repeat(120);
        assertThat(ShippoShipping.metadata(KEY)).isEqualTo(KEY);
        assertThat(ShippoShipping.metadata(longKey)).startsWith("sha256:").hasSizeLessThanOrEqualTo(100)
                .isEqualTo(ShippoShipping.metadata(longKey)).isNotEqualTo(ShippoShipping.metadata(longKey + "y"));
    }

    @Test
    void anAccountWithoutReturnSettingsOrAnOrderWithoutAnAddressIsRefusedBeforeAnythingIsBought() {
        nothingBoughtYet();
        Order nowhere = new Order("1003", null, null, null, OrderStatus.DELIVERED, "USD", BigDecimal.TEN, BigDecimal.ZERO, null, null, null,
                null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> adapter(null).createReturnLabel("t-1", nowhere, KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("no_shipping_address"));
        ConnectorSettings bare = new ConnectorSettings("t-1", Capability.SHIPPING, Vendor.SHIPPO, "http://localhost:" + shippo.port(), null,
                null, "admin", Instant.now());
        assertThatThrownBy(() -> new ShippoShipping(HttpClient.newHttpClient(), bare, ShippoStubs.TOKEN, Duration.ofSeconds(2), Clock.systemUTC())
                .createReturnLabel("t-1", DELIVERED, KEY))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("return_address_not_configured"));
        shippo.verify(0, postRequestedFor(urlPathEqualTo("/shipments")));
    }

    // --- the carrier's word on a shipment the store told of ---

    static final Tracking SHIPPED = new Tracking("1001", OrderStatus.SHIPPED, "USPS", "9400100000000000000001",
            Instant.parse("2026-11-22T10:00:00Z"), null, Instant.parse("2026-11-26T00:00:00Z"), null);

    @Test
    void aShipmentTheCarrierDeliveredIsToldDeliveredWithItsTime() {
        shippo.stubFor(get(urlEqualTo("/tracks/usps/9400100000000000000001")).willReturn(answer(200, "track-delivered.json", Map.of())));

        Tracking tracked = adapter(null).trackShipment("t-1", SHIPPED);

        assertThat(tracked.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(tracked.deliveredAt()).isEqualTo(Instant.parse("2026-11-25T14:02:00Z"));
        assertThat(tracked.carrierStatus()).isEqualTo("DELIVERED");
        assertThat(tracked.promisedAt()).as("the shop's promise stays the shop's").isEqualTo(SHIPPED.promisedAt());
        shippo.verify(getRequestedFor(urlEqualTo("/tracks/usps/9400100000000000000001"))
                .withHeader("Authorization", equalTo("ShippoToken " + ShippoStubs.TOKEN)));
    }

    @Test
    void aCarrierShippoHasNoTokenForIsNotAsked() {
        Tracking byVan = new Tracking("1001", OrderStatus.SHIPPED, "Bob's Van Lines", "BV123456", null, null, null, null);

        assertThat(adapter(null).trackShipment("t-1", byVan)).isSameAs(byVan);
        assertThat(shippo.getAllServeEvents()).isEmpty();
    }

    @Test
    void whenShippoDoesNotAnswerTheStoresTrackingStands() {
        shippo.stubFor(get(urlEqualTo("/tracks/usps/9400100000000000000001")).willReturn(aResponse().withStatus(503)));

        assertThat(adapter(null).trackShipment("t-1", SHIPPED)).isSameAs(SHIPPED);
    }

    @Test
    void storeCarrierNamesAreReadAsShipposTokens() {
        assertThat(ShippoShipping.carrierToken("UPS")).contains("ups");
        assertThat(ShippoShipping.carrierToken("DHL Express")).contains("dhl_express");
        assertThat(ShippoShipping.carrierToken("FedEx")).contains("fedex");
        assertThat(ShippoShipping.carrierToken("Bob's Van Lines")).isEmpty();
    }
}

package io.commerceresolver.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.commerceresolver.secret.SecretCipher;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.secret.StoredSecret;
import io.commerceresolver.secret.StoredSecrets;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Transactions;

/** The per-tenant registry without Spring: which adapter serves which call, what a configuration must say, what it stores. */
class ConnectorRegistryTest {

    static final String TENANT = "t-1";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final InMemorySettings settings = new InMemorySettings();
    final InMemorySecrets stored = new InMemorySecrets();
    final Secrets secrets = new Secrets(stored, new SecretCipher() {
        @Override
        public byte[] encrypt(byte[] plaintext, byte[] context) {
            return plaintext.clone();
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] context) {
            return ciphertext.clone();
        }
    }, new DirectTransactions(), clock);
    /** These tests name hosts that need not resolve here; OutboundHosts has its own test. */
    static final OutboundHosts ANY_HOST = new OutboundHosts(true);
    final FakeVendors vendors = new FakeVendors();
    final ConnectorRegistry registry = new ConnectorRegistry(settings, secrets, vendors, EnumSet.of(Vendor.SHOPIFY), new DirectTransactions(),
            clock, Duration.ofSeconds(5), false, ANY_HOST);
    final CommerceConnector sandbox = mock(CommerceConnector.class);
    final TenantRoutedConnector routed = new TenantRoutedConnector(registry, sandbox);

    static ConnectorRequest shopify(String token, String webhookSecret) {
        return new ConnectorRequest("shopify", "harbour-mugs.myshopify.com", null, null, null, token, null, null, null, webhookSecret);
    }

    @Test
    void withNothingConfiguredEveryCallGoesToTheSandbox() {
        routed.getOrder(TENANT, "1001");
        routed.issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");
        routed.getProduct(TENANT, "SKU");

        verify(sandbox).getOrder(TENANT, "1001");
        verify(sandbox).issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");
        verify(sandbox).getProduct(TENANT, "SKU");
        assertThat(vendors.made).isEmpty();
    }

    @Test
    void aShopifyOrdersConnectorAlsoServesItsPaymentsAndCatalogueButNeverMessagesOrLabels() {
        registry.configure(TENANT, "orders", shopify("shpat_1", null), "admin");

        routed.getOrder(TENANT, "1001");
        routed.issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");
        routed.updateInventory(TENANT, "SKU", 3, "k2");
        routed.sendNotification(TENANT, new Notification("1001", "ann@example.com", "s", "b"), "k3");

        CommerceConnector shop = vendors.connectorFor("shpat_1");

        verify(shop).getOrder(TENANT, "1001");
        verify(shop).issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");
        verify(shop).updateInventory(TENANT, "SKU", 3, "k2");
        verify(sandbox).sendNotification(TENANT, new Notification("1001", "ann@example.com", "s", "b"), "k3");
        assertThatThrownBy(() -> routed.createReturnLabel(TENANT, "1001", "k4")).as("the sandbox would label its own order 1001")
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("connector_not_configured"));
        assertThat(registry.list(TENANT)).extracting(ConnectorView::kind, ConnectorView::vendor, ConnectorView::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("orders", "shopify", "configured"),
                org.assertj.core.groups.Tuple.tuple("payments", "shopify", "orders"),
                org.assertj.core.groups.Tuple.tuple("shipping", null, "unconfigured"),
                org.assertj.core.groups.Tuple.tuple("catalogue", "shopify", "orders"),
                org.assertj.core.groups.Tuple.tuple("messaging", "sandbox", "default"));
    }

    @Test
    void aCapabilityConfiguredOnItsOwnOverridesTheOrdersConnector() {
        registry.configure(TENANT, "orders", shopify("shpat_1", null), "admin");
        registry.configure(TENANT, "payments", new ConnectorRequest("sandbox", null, null, null, null, null, null, null, null, null), "admin");

        routed.issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");

        verify(sandbox).issueRefund(TENANT, "1001", Money.of("5", "USD"), "r", "k");
    }

    @Test
    void theCredentialsAndTheWebhookSecretAreStoredUnderTheVendorsNamesAndNeverInTheSettings() {
        ConnectorRegistry.Configured done = registry.configure(TENANT, "orders", shopify("shpat_1", "whsec_abc"), "admin");

        assertThat(done.secretsSet()).containsExactly("shopify.access-token", "shopify.webhook-secret");
        assertThat(secrets.reveal(TENANT, "shopify.access-token")).contains("shpat_1");
        assertThat(secrets.reveal(TENANT, "shopify.webhook-secret")).contains("whsec_abc");
        assertThat(settings.rows.get(0)).isEqualTo(new ConnectorSettings(TENANT, Capability.ORDERS, Vendor.SHOPIFY, "https://harbour-mugs.myshopify.com",
                ConnectorRegistry.DEFAULT_SHOPIFY_API_VERSION, null, "admin", clock.instant()));
        assertThat(registry.show(TENANT, "orders").secrets()).containsExactly("shopify.access-token", "shopify.webhook-secret");
    }

    @Test
    void aStoredTokenNeedNotBeSentAgainButTheFirstConfigurationMustBringIt() {
        assertThatThrownBy(() -> registry.configure(TENANT, "orders", shopify(null, null), "admin")).isInstanceOfSatisfying(BadRequest.class,
                bad -> assertThat(bad.field()).isEqualTo("accessToken"));

        registry.configure(TENANT, "orders", shopify("shpat_1", null), "admin");
        registry.configure(TENANT, "orders", new ConnectorRequest("shopify", "harbour-mugs.myshopify.com", null, "2025-10", null, null, null, null,
                null, null), "admin");

        assertThat(settings.rows).singleElement().extracting(ConnectorSettings::apiVersion).isEqualTo("2025-10");
        assertThat(secrets.reveal(TENANT, "shopify.access-token")).contains("shpat_1");
    }

    @Test
    void badConfigurationsAreRefusedNamingTheFieldAndStoreNothing() {
        assertField("kind", () -> registry.configure(TENANT, "warehouse", shopify("t", null), "admin"));
        assertField("vendor", () -> registry.configure(TENANT, "orders", null, "admin"));
        assertField("vendor", () -> registry.configure(TENANT, "orders", new ConnectorRequest("magento", null, null, null, null, null, null, null,
                null, null), "admin"));
        assertField("vendor", () -> registry.configure(TENANT, "orders", new ConnectorRequest("stripe", null, null, null, null, null, null, null,
                "sk_test", null), "admin"));
        assertField("vendor", () -> registry.configure(TENANT, "payments", new ConnectorRequest("stripe", null, null, null, null, null, null, null,
                "sk_test", null), "admin"));
        assertField("shopDomain", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", "evil.example.com", null, null, null,
                "t", null, null, null, null), "admin"));
        assertField("shopDomain", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", null, null, null, null,
                "t", null, null, null, null), "admin"));
        assertField("baseUrl", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", null, "http://10.0.0.1:8080", null, null,
                "t", null, null, null, null), "admin"));
        assertField("baseUrl", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", null, "https://user:pw@shop.example",
                null, null, "t", null, null, null, null), "admin"));
        assertField("apiVersion", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", "a.myshopify.com", null, "2026-02",
                null, "t", null, null, null, null), "admin"));
        assertField("locationId", () -> registry.configure(TENANT, "orders", new ConnectorRequest("shopify", "a.myshopify.com", null, null,
                "42", "t", null, null, null, null), "admin"));
        assertField("accessToken", () -> registry.configure(TENANT, "orders", shopify("has space", null), "admin"));
        assertField("webhookSecret", () -> registry.configure(TENANT, "orders", shopify("t", ""), "admin"));

        assertThat(settings.rows).isEmpty();
        assertThat(stored.byName).isEmpty();
    }

    private static void assertField(String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BadRequest.class, bad -> assertThat(bad.field()).isEqualTo(field));
    }

    @Test
    void aChangeIsSeenByTheNextCallAndSameSettingsKeepTheirAdapter() {
        registry.configure(TENANT, "orders", shopify("shpat_1", null), "admin");
        routed.getOrder(TENANT, "1001");
        routed.getOrder(TENANT, "1002");
        assertThat(vendors.made).hasSize(1);

        registry.configure(TENANT, "orders", shopify("shpat_2", null), "admin");
        routed.getOrder(TENANT, "1003");

        verify(vendors.connectorFor("shpat_2")).getOrder(TENANT, "1003");
        assertThat(vendors.made).hasSize(2);
    }

    @Test
    void aReadOnlyShopifyTokenStoredBesideTheFullOneServesTheCatalogueReaderAloneAndKeepsItsAdapter() {
        registry.configure(TENANT, "orders", shopify("shpat_1", null), "admin");
        assertThat(registry.catalogueReader(TENANT)).as("no read-only token stored").isEmpty();

        secrets.put(TENANT, "shopify.read-access-token", "shpat_read", "admin");
        registry.forget(TENANT);
        CommerceConnector reader = registry.catalogueReader(TENANT).orElseThrow();
        routed.updatePrice(TENANT, "SKU", Money.of("5", "USD"), "k");

        assertThat(reader).isSameAs(vendors.connectorFor("shpat_read"));
        verify(vendors.connectorFor("shpat_1")).updatePrice(TENANT, "SKU", Money.of("5", "USD"), "k");
        verifyNoInteractions(reader);
        int made = vendors.made.size();
        clock.advance(Duration.ofSeconds(6));
        assertThat(registry.catalogueReader(TENANT)).as("the same token keeps its adapter when the settings are read again").containsSame(reader);
        assertThat(vendors.made).hasSize(made);

        registry.configure(TENANT, "catalogue", new ConnectorRequest("sandbox", null, null, null, null, null, null, null, null, null), "admin");
        assertThat(registry.catalogueReader(TENANT)).as("the sandbox catalogue is the service's own database").isEmpty();
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenOnceTheRefreshHasPassed() {
        routed.getOrder(TENANT, "1001");
        secrets.put(TENANT, "shopify.access-token", "shpat_9", "other-instance");
        settings.put(new ConnectorSettings(TENANT, Capability.ORDERS, Vendor.SHOPIFY, "https://a.myshopify.com", "2026-01", null, "x",
                clock.instant()));

        routed.getOrder(TENANT, "1002");
        verify(sandbox).getOrder(TENANT, "1002");

        clock.advance(Duration.ofSeconds(6));
        routed.getOrder(TENANT, "1003");
        verify(vendors.connectorFor("shpat_9")).getOrder(TENANT, "1003");
    }

    @Test
    void aVendorAddressOnThePrivateNetworkIsRefusedAndNothingIsStored() {
        ConnectorRegistry publicOnly = new ConnectorRegistry(settings, secrets, vendors, EnumSet.of(Vendor.SHOPIFY), new DirectTransactions(),
                clock, Duration.ofSeconds(5), false, new OutboundHosts(false));

        assertThatThrownBy(() -> publicOnly.configure(TENANT, "orders", new ConnectorRequest("shopify", null, "https://169.254.169.254/", null,
                null, "t", null, null, null, null), "admin"))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("Field 'baseUrl' names a host on a private network");
        assertThat(settings.rows).isEmpty();
    }

    @Test
    void plainHttpIsRefusedUnlessTheDeploymentAllowsIt() {
        ConnectorRegistry lenient = new ConnectorRegistry(settings, secrets, vendors, EnumSet.of(Vendor.SHOPIFY), new DirectTransactions(), clock,
                Duration.ofSeconds(5), true, ANY_HOST);

        lenient.configure(TENANT, "orders", new ConnectorRequest("shopify", null, "http://localhost:8089/", null, null, "t", null, null, null,
                null), "admin");

        assertThat(settings.rows).singleElement().extracting(ConnectorSettings::baseUrl).isEqualTo("http://localhost:8089");
        verifyNoInteractions(sandbox);
    }

    // --- shipping through Shippo (issue 12) ---

    final ConnectorRegistry withShippo = new ConnectorRegistry(settings, secrets, vendors, EnumSet.of(Vendor.SHOPIFY, Vendor.SHIPPO),
            new DirectTransactions(), clock, Duration.ofSeconds(5), false, ANY_HOST);
    final TenantRoutedConnector routedWithShippo = new TenantRoutedConnector(withShippo, sandbox);

    static ReturnShipping returns(Address address, ReturnShipping.Parcel parcel, String servicelevel) {
        return new ReturnShipping(address, "+1 555 341 9393", "returns@harbourmugs.example", parcel, servicelevel);
    }

    static final Address RETURN_ADDRESS = new Address("Harbour Mugs Returns", "215 Clayton St.", null, "San Francisco", "CA", "94117", "us");
    static final ReturnShipping.Parcel PARCEL = new ReturnShipping.Parcel(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10"), "CM",
            new BigDecimal("1.50"), "kg");

    static ConnectorRequest shippo(ReturnShipping returns) {
        return new ConnectorRequest("shippo", null, null, null, null, null, null, null, "shippo_test_1", null, returns);
    }

    @Test
    void aLabelFromShippoIsMadeForTheOrderReadFromTheShopAndReadBackFromShippo() {
        CommerceConnector shop = mock(CommerceConnector.class);
        CommerceConnector labels = mock(CommerceConnector.class);
        vendors.byToken.put("shpat_1", shop);
        vendors.byToken.put("shippo_test_1", labels);
        withShippo.configure(TENANT, "orders", shopify("shpat_1", null), "admin");
        withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, PARCEL, null)), "admin");
        Order order = new Order("1001", null, "ann@example.com", "Ann Lee", OrderStatus.DELIVERED, "USD", BigDecimal.TEN, BigDecimal.ZERO, null,
                null, null, null, null, RETURN_ADDRESS, null, null, null, null, null, null);
        when(shop.getOrder(TENANT, "1001")).thenReturn(Optional.of(order));

        routedWithShippo.createReturnLabel(TENANT, "1001", "k1");
        routedWithShippo.findReturnLabel(TENANT, "1001", "label-1");

        verify(labels).createReturnLabel(TENANT, order, "k1");
        verify(labels).findReturnLabel(TENANT, "1001", "label-1");
        assertThatThrownBy(() -> routedWithShippo.createReturnLabel(TENANT, "4040", "k2"))
                .isInstanceOfSatisfying(ConnectorRejection.class, rejected -> assertThat(rejected.code()).isEqualTo("order_not_found"));
        verifyNoInteractions(sandbox);
    }

    @Test
    void theSandboxMakesItsLabelsFromItsOwnOrders() {
        routed.createReturnLabel(TENANT, "1001", "k1");

        verify(sandbox).createReturnLabel(TENANT, "1001", "k1");
        verify(sandbox, never()).getOrder(TENANT, "1001");
    }

    @Test
    void shippoReturnSettingsAreKeptTidiedAndShownWithTheConnector() {
        withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, PARCEL, " ups_ground ")), "admin");

        ReturnShipping kept = settings.rows.get(0).returns();
        assertThat(kept.address().country()).isEqualTo("US");
        assertThat(kept.parcel().distanceUnit()).isEqualTo("cm");
        assertThat(kept.parcel().weight()).hasToString("1.5");
        assertThat(kept.parcel().length()).hasToString("30");
        assertThat(kept.servicelevel()).isEqualTo("ups_ground");
        assertThat(withShippo.show(TENANT, "shipping").returns()).isEqualTo(kept);
        assertThat(secrets.reveal(TENANT, "shippo.api-key")).contains("shippo_test_1");
    }

    @Test
    void badShippoReturnSettingsAreRefusedNamingTheFieldAndStoreNothing() {
        Address noStreet = new Address("Returns", " ", null, "San Francisco", "CA", "94117", "US");
        Address noCountry = new Address("Returns", "215 Clayton St.", null, "San Francisco", "CA", "94117", "USA");
        ReturnShipping.Parcel weightless = new ReturnShipping.Parcel(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "cm", BigDecimal.ZERO, "kg");
        ReturnShipping.Parcel inStone = new ReturnShipping.Parcel(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "cm", BigDecimal.ONE, "st");
        ReturnShipping.Parcel noLength = new ReturnShipping.Parcel(null, BigDecimal.ONE, BigDecimal.ONE, "cm", BigDecimal.ONE, "kg");

        assertField("returns", () -> withShippo.configure(TENANT, "shipping", shippo(null), "admin"));
        assertField("returns.address", () -> withShippo.configure(TENANT, "shipping", shippo(returns(null, PARCEL, null)), "admin"));
        assertField("returns.address.line1", () -> withShippo.configure(TENANT, "shipping", shippo(returns(noStreet, PARCEL, null)), "admin"));
        assertField("returns.address.country", () -> withShippo.configure(TENANT, "shipping", shippo(returns(noCountry, PARCEL, null)), "admin"));
        assertField("returns.parcel", () -> withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, null, null)), "admin"));
        assertField("returns.parcel.weight", () -> withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, weightless, null)),
                "admin"));
        assertField("returns.parcel.massUnit", () -> withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, inStone, null)),
                "admin"));
        assertField("returns.parcel.length", () -> withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, noLength, null)),
                "admin"));
        assertField("returns.servicelevel", () -> withShippo.configure(TENANT, "shipping", shippo(returns(RETURN_ADDRESS, PARCEL, "UPS Ground")),
                "admin"));
        assertField("returns.email", () -> withShippo.configure(TENANT, "shipping", shippo(new ReturnShipping(RETURN_ADDRESS, null, "returns",
                PARCEL, null)), "admin"));
        assertField("returns.phone", () -> withShippo.configure(TENANT, "shipping", shippo(new ReturnShipping(RETURN_ADDRESS, "call us", null,
                PARCEL, null)), "admin"));
        assertField("returns", () -> withShippo.configure(TENANT, "orders", new ConnectorRequest("shopify", "a.myshopify.com", null, null, null,
                "t", null, null, null, null, returns(RETURN_ADDRESS, PARCEL, null)), "admin"));
        assertField("apiKey", () -> withShippo.configure(TENANT, "shipping", new ConnectorRequest("shippo", null, null, null, null, null, null,
                null, null, null, returns(RETURN_ADDRESS, PARCEL, null)), "admin"));

        assertThat(settings.rows).isEmpty();
        assertThat(stored.byName).isEmpty();
    }

    // --- fakes ---

    static final class FakeVendors implements VendorConnectors {
        final List<String> made = new ArrayList<>();
        final Map<String, CommerceConnector> byToken = new HashMap<>();

        @Override
        public CommerceConnector connect(ConnectorSettings settings, Credentials credentials) {
            // Shopify's token, or the API key of a vendor that takes one (Shippo)
            String token = credentials.accessToken() != null ? credentials.accessToken() : credentials.apiKey();
            made.add(token);
            return byToken.computeIfAbsent(token, key -> mock(CommerceConnector.class));
        }

        @Override
        public LiveCheck check(ConnectorSettings settings, Credentials credentials) {
            return new LiveCheck(LiveCheck.Status.OK, "checked " + settings.vendor(), Instant.EPOCH);
        }

        CommerceConnector connectorFor(String token) {
            return byToken.get(token);
        }
    }

    static final class InMemorySettings implements ConnectorSettingsStore {
        final List<ConnectorSettings> rows = new ArrayList<>();

        @Override
        public List<ConnectorSettings> of(String tenantId) {
            return rows.stream().filter(s -> s.tenantId().equals(tenantId)).toList();
        }

        @Override
        public void put(ConnectorSettings settings) {
            rows.removeIf(s -> s.tenantId().equals(settings.tenantId()) && s.capability() == settings.capability());
            rows.add(settings);
        }
    }

    static final class InMemorySecrets implements StoredSecrets {
        final Map<String, StoredSecret> byName = new java.util.TreeMap<>();

        @Override
        public void put(StoredSecret secret) {
            byName.put(secret.tenantId() + "/" + secret.name(), secret);
        }

        @Override
        public Optional<StoredSecret> find(String tenantId, String name) {
            return Optional.ofNullable(byName.get(tenantId + "/" + name));
        }

        @Override
        public List<StoredSecret> of(String tenantId) {
            return byName.values().stream().filter(s -> s.tenantId().equals(tenantId)).toList();
        }

        @Override
        public List<StoredSecret> all() {
            return List.copyOf(byName.values());
        }

        @Override
        public boolean delete(String tenantId, String name) {
            return byName.remove(tenantId + "/" + name) != null;
        }
    }

    static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

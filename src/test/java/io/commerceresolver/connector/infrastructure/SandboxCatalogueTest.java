package io.commerceresolver.connector.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NewProduct;
import io.commerceresolver.connector.Product;

/**
 * The sandbox catalogue over the real migrations: the demo shop's products, and the four writes a seller's ticket
 * asks for, each refused where a platform would refuse it and made once per idempotency key.
 */
@SandboxStoreTest
@Import(SandboxConnectorTest.FixedClock.class)
class SandboxCatalogueTest {

    @Autowired
    SandboxConnector connector;
    @Autowired
    SandboxSeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    String tenant;

    @BeforeEach
    void seedTheDemoStore() {
        tenant = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (tenant_id, name, created_at) VALUES (?, ?, ?)", tenant, "Test Store",
                OffsetDateTime.ofInstant(SandboxConnectorTest.NOW, ZoneOffset.UTC));
        seeder.seedIfEmpty(tenant);
    }

    @Test
    void seedsTheDemoCatalogueWithCostsForItsMargins() {
        assertThat(product("TEE-ORG-BLK-M")).isEqualTo(new Product("TEE-ORG-BLK-M", "Organic Cotton Crew Tee, Black, M",
                new BigDecimal("24.00"), new BigDecimal("7.80"), "USD", null, 140, "Apparel"));
        assertThat(connector.getProduct(tenant, "NO-SUCH-SKU")).isEmpty();
    }

    @Test
    void aPriceChangeIsMadeOncePerKey() {
        Product changed = connector.updatePrice(tenant, "TEE-ORG-BLK-M", Money.of("26.50", "USD"), "price-1");

        assertThat(changed.price()).isEqualByComparingTo("26.50");
        assertThat(product("TEE-ORG-BLK-M")).isEqualTo(changed);
        assertThat(connector.updatePrice(tenant, "TEE-ORG-BLK-M", Money.of("99.00", "USD"), "price-1"))
                .as("a repeat answers the first result and changes nothing").isEqualTo(changed);
        assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("26.50");
    }

    @Test
    void aPriceInAnotherCurrencyOrOfNothingIsRefused() {
        assertRejected("currency_mismatch", () -> connector.updatePrice(tenant, "TEE-ORG-BLK-M", Money.of("2000", "INR"), "p-inr"));
        assertRejected("invalid_price", () -> connector.updatePrice(tenant, "TEE-ORG-BLK-M", Money.of("0", "USD"), "p-zero"));
        assertRejected("unknown_sku", () -> connector.updatePrice(tenant, "NO-SUCH-SKU", Money.of("10", "USD"), "p-unknown"));
        assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("24.00");
    }

    @Test
    void aPromotionStartsAndEnds() {
        Product onSale = connector.setPromotion(tenant, "HOOD-FLC-GRY-L", new BigDecimal("15"), "promo-on");

        assertThat(onSale.onPromotion()).isTrue();
        assertThat(onSale.sellingPrice()).isEqualByComparingTo("51.00");
        assertThat(product("HOOD-FLC-GRY-L").promoPercentOff()).isEqualByComparingTo("15");

        Product ended = connector.setPromotion(tenant, "HOOD-FLC-GRY-L", null, "promo-off");
        assertThat(ended.onPromotion()).isFalse();
        assertThat(product("HOOD-FLC-GRY-L").promoPercentOff()).isNull();
        assertRejected("no_promotion", () -> connector.setPromotion(tenant, "HOOD-FLC-GRY-L", null, "promo-off-again"));
        assertRejected("invalid_percentage", () -> connector.setPromotion(tenant, "HOOD-FLC-GRY-L", new BigDecimal("100"), "p100"));
    }

    @Test
    void aStockCountIsSetButNeverBelowZero() {
        assertThat(connector.updateInventory(tenant, "LAMP-BRASS-DSK", 14, "stock-1").stock()).isEqualTo(14);
        assertThat(product("LAMP-BRASS-DSK").stock()).isEqualTo(14);
        assertRejected("negative_stock", () -> connector.updateInventory(tenant, "LAMP-BRASS-DSK", -3, "stock-2"));
        assertThat(product("LAMP-BRASS-DSK").stock()).isEqualTo(14);
    }

    @Test
    void aNewProductIsListedOnceAndAnExistingSkuIsRefused() {
        NewProduct tote = new NewProduct("TOTE-ORG-NAT", "Organic Canvas Tote, Natural", Money.of("18", "USD"), 40, "Accessories");

        Product listed = connector.createProduct(tenant, tote, "new-1");

        assertThat(listed).isEqualTo(new Product("TOTE-ORG-NAT", "Organic Canvas Tote, Natural", new BigDecimal("18.00"), null, "USD",
                null, 40, "Accessories"));
        assertThat(product("TOTE-ORG-NAT")).isEqualTo(listed);
        assertThat(connector.createProduct(tenant, tote, "new-1")).isEqualTo(listed);
        assertRejected("sku_exists", () -> connector.createProduct(tenant, tote, "new-2"));
    }

    @Test
    void anotherTenantSeesNoneOfTheCatalogue() {
        connector.updatePrice(tenant, "TEE-ORG-BLK-M", Money.of("30", "USD"), "price-x");

        String other = tenant;
        seedTheDemoStore();

        assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("24.00");
        assertThat(connector.getProduct(other, "TEE-ORG-BLK-M").orElseThrow().price()).isEqualByComparingTo("30.00");
    }

    private Product product(String sku) {
        return connector.getProduct(tenant, sku).orElseThrow();
    }

    private static void assertRejected(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConnectorRejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo(code));
    }
}

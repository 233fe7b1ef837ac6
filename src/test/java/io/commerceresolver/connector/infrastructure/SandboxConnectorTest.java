package io.commerceresolver.connector.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.notify.MailOutbox;

/**
 * The sandbox store over the real migrations, seeded with the demo shop the README uses. Each test seeds a fresh
 * tenant, so tests never see each other's writes even where they commit.
 */
@SandboxStoreTest
@Import(SandboxConnectorTest.FixedClock.class)
class SandboxConnectorTest {

    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    /** Maria moves across town: a blank name keeps the one on the order, and the country is normalised. */
    static final Address MARIAS_NEW_ADDRESS =
            new Address(" ", " 500 Congress Ave ", "Suite 200", "Austin", "TX", "78701", "us");

    /** Embedded H2 unless the suite runs against PostgreSQL (profile "postgres", see scripts/test-postgres.sh). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:sandbox-connector-test;DB_CLOSE_DELAY=-1");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    SandboxConnector connector;
    @Autowired
    SandboxSeeder seeder;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    String tenant;

    @BeforeEach
    void seedTheDemoStore() {
        tenant = newTenant();
        seeder.seedIfEmpty(tenant);
    }

    @Test
    void seedsTheFixturesTheReadmeUses() {
        Order ann = order("1001");
        assertThat(ann.customerEmail()).isEqualTo("ann@example.com");
        assertThat(ann.customerName()).isEqualTo("Ann Lee");
        assertThat(ann.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(ann.total()).isEqualByComparingTo("120.00");
        assertThat(ann.refundedTotal()).isEqualByComparingTo("0.00");
        assertThat(ann.deliveredAt()).isEqualTo(daysAgo(5));
        assertThat(ann.lines()).containsExactly(new Order.OrderLine("HOOD-FLC-GRY-L", 2, new BigDecimal("60.00")));

        Order ravi = order("1002");
        assertThat(ravi.customerEmail()).isEqualTo("ravi.kumar@example.in");
        assertThat(ravi.customerName()).isEqualTo("Ravi Kumar");
        assertThat(ravi.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(ravi.deliveredAt()).isEqualTo(daysAgo(3));
        assertThat(ravi.total()).isEqualByComparingTo("640.00");
        assertThat(ravi.refundedTotal()).isEqualByComparingTo("0.00");

        Order maria = order("1003");
        assertThat(maria.customerEmail()).isEqualTo("maria.garcia@example.com");
        assertThat(maria.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(maria.shippedAt()).isNull();
        assertThat(maria.total()).isEqualByComparingTo("89.50");

        Order shipped = order("1004");
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.shippedAt()).isEqualTo(daysAgo(2));
        assertThat(shipped.deliveredAt()).isNull();
        assertThat(shipped.total()).isEqualByComparingTo("45.00");
    }

    @Test
    void seedsThirtyTwoOrdersInEveryStatus() {
        assertThat(jdbc.queryForList("SELECT id FROM sandbox_order WHERE tenant_id = ? ORDER BY id", String.class,
                tenant)).hasSize(32).first().isEqualTo("1001");
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM sandbox_order WHERE tenant_id = ?", String.class,
                tenant)).containsExactlyInAnyOrder("PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED");
        assertThat(count("SELECT COUNT(*) FROM sandbox_order WHERE tenant_id = ? AND refunded_total > 0"
                + " AND status <> 'CANCELLED'")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void seedingTwiceSeedsOnce() {
        seeder.seedIfEmpty(tenant);

        assertThat(count("SELECT COUNT(*) FROM sandbox_order WHERE tenant_id = ?")).isEqualTo(32);
        assertThat(count("SELECT COUNT(*) FROM sandbox_customer WHERE tenant_id = ?")).isEqualTo(13);
    }

    @Test
    void aRefundAddsToTheRefundedTotal() {
        Refund refund = connector.issueRefund(tenant, "1001", usd("49.99"), "arrived damaged", "refund-1001");

        assertThat(refund.orderId()).isEqualTo("1001");
        assertThat(refund.amount()).isEqualTo(usd("49.99"));
        assertThat(refund.reason()).isEqualTo("arrived damaged");
        assertThat(refund.createdAt()).isEqualTo(NOW);
        assertThat(refundedTotal("1001")).isEqualByComparingTo("49.99");
        assertThat(order("1001").refundableBalance()).isEqualByComparingTo("70.01");
    }

    @Test
    void theSameKeyTwiceRefundsOnceAndReturnsTheFirstRefund() {
        Refund first = connector.issueRefund(tenant, "1001", usd("49.99"), "arrived damaged", "refund-1001");
        Refund retried = connector.issueRefund(tenant, "1001", usd("49.99"), "arrived damaged", "refund-1001");

        assertThat(retried).isEqualTo(first);
        assertThat(refundedTotal("1001")).isEqualByComparingTo("49.99");
        assertThat(operations()).isEqualTo(1);
    }

    @Test
    void aRefundAboveTheRefundableBalanceIsRejectedAndChangesNothing() {
        connector.issueRefund(tenant, "1005", usd("48.00"), "scarf returned earlier, tee now", "refund-1005-a");

        assertRejected("exceeds_refundable_balance",
                () -> connector.issueRefund(tenant, "1001", usd("120.01"), "too much", "refund-1001"));
        assertRejected("exceeds_refundable_balance",
                () -> connector.issueRefund(tenant, "1005", usd("0.01"), "nothing left", "refund-1005-b"));
        assertThat(refundedTotal("1001")).isEqualByComparingTo("0.00");
        assertThat(refundedTotal("1005")).isEqualByComparingTo("86.00");
        assertThat(operations()).isEqualTo(1);
    }

    @Test
    void aRefundTheStoreCannotTakeIsRejectedWithItsReason() {
        assertRejected("order_not_found", () -> connector.issueRefund(tenant, "9999", usd("1.00"), "", "k1"));
        assertRejected("invalid_amount", () -> connector.issueRefund(tenant, "1001", usd("0.00"), "", "k2"));
        assertRejected("currency_mismatch",
                () -> connector.issueRefund(tenant, "1001", Money.of("10.00", "EUR"), "", "k3"));
        assertRejected("order_cancelled", () -> connector.issueRefund(tenant, "1010", usd("1.00"), "", "k4"));
        assertThat(operations()).isZero();
    }

    @Test
    void aKeyUsedForAnotherKindOfWriteIsRejected() {
        connector.issueRefund(tenant, "1001", usd("10.00"), "late", "shared-key");

        assertRejected("idempotency_key_reused", () -> connector.applyDiscount(tenant, "1001", usd("5.00"), "late",
                "shared-key"));
        assertThat(refundedTotal("1001")).isEqualByComparingTo("10.00");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoConcurrentCallsWithTheSameKeyRefundOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Refund> refund = () -> {
            together.await(10, TimeUnit.SECONDS);
            return connector.issueRefund(tenant, "1002", usd("250.00"), "arrived late", "refund-1002");
        };
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Refund>> results = callers.invokeAll(List.of(refund, refund), 30, TimeUnit.SECONDS);

            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
            assertThat(refundedTotal("1002")).isEqualByComparingTo("250.00");
            assertThat(operations()).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aKeyClaimedByAConcurrentCallReturnsThatCallsResultAndChangesNothing() throws Exception {
        CountDownLatch firstClaimedTheKey = new CountDownLatch(1);
        CountDownLatch secondIsUnderWay = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Refund> firstRefund = first.submit(() -> transactions.execute(status -> {
                Refund refund = connector.issueRefund(tenant, "1001", usd("20.00"), "late", "contested-key");
                firstClaimedTheKey.countDown();
                awaitQuietly(secondIsUnderWay);
                // keep the claim uncommitted while the second call reaches its own insert of the same key
                sleepQuietly(Duration.ofMillis(500));
                return refund;
            }));
            firstClaimedTheKey.await(10, TimeUnit.SECONDS);
            secondIsUnderWay.countDown();
            Refund second = connector.issueRefund(tenant, "1002", usd("30.00"), "late", "contested-key");

            assertThat(second).isEqualTo(firstRefund.get(10, TimeUnit.SECONDS));
            assertThat(refundedTotal("1001")).isEqualByComparingTo("20.00");
            assertThat(refundedTotal("1002")).isEqualByComparingTo("0.00");
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void aProcessingOrderIsCancelled() {
        Order cancelled = connector.cancelOrder(tenant, "1003", "customer changed their mind", "cancel-1003");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order("1003").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.refundedTotal()).as("the captured payment is returned").isEqualByComparingTo(cancelled.total());
        assertThat(order("1003").refundedTotal()).isEqualByComparingTo(order("1003").total());
        assertThat(jdbc.queryForObject("SELECT cancelled_at FROM sandbox_order WHERE tenant_id = ? AND id = ?",
                OffsetDateTime.class, tenant, "1003").toInstant()).isEqualTo(NOW);
        assertThat(connector.cancelOrder(tenant, "1003", "customer changed their mind", "cancel-1003"))
                .isEqualTo(cancelled);
    }

    @Test
    void anOrderThatLeftTheWarehouseCannotBeCancelled() {
        assertRejected("order_already_shipped", () -> connector.cancelOrder(tenant, "1004", "too slow", "c-1"));
        assertRejected("order_already_shipped", () -> connector.cancelOrder(tenant, "1001", "too slow", "c-2"));
        assertRejected("order_cancelled", () -> connector.cancelOrder(tenant, "1010", "again", "c-3"));
        assertThat(order("1004").status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aProcessingOrderShipsToTheNewAddress() {
        Order updated = connector.updateAddress(tenant, "1003", MARIAS_NEW_ADDRESS, "address-1003");

        Address expected = new Address("Maria Garcia", "500 Congress Ave", "Suite 200", "Austin", "TX", "78701", "US");
        assertThat(updated.shippingAddress()).isEqualTo(expected);
        assertThat(order("1003").shippingAddress()).isEqualTo(expected);
    }

    @Test
    void anIncompleteAddressIsRejected() {
        Address noCity = new Address("Maria Garcia", "500 Congress Ave", null, " ", "TX", "78701", "US");
        Address longCountry = new Address("Maria Garcia", "500 Congress Ave", null, "Austin", "TX", "78701", "USA");

        assertRejected("invalid_address", () -> connector.updateAddress(tenant, "1003", noCity, "a-1"));
        assertRejected("invalid_address", () -> connector.updateAddress(tenant, "1003", longCountry, "a-2"));
        assertThat(order("1003").shippingAddress().line1()).isEqualTo("2207 E Cesar Chavez St");
    }

    @Test
    void aShippedOrderKeepsItsAddress() {
        assertRejected("order_already_shipped",
                () -> connector.updateAddress(tenant, "1004", MARIAS_NEW_ADDRESS, "a-3"));
        assertThat(order("1004").shippingAddress().line1()).isEqualTo("48 Beacon St");
    }

    @Test
    void trackingComesFromTheOrder() {
        Tracking tracking = connector.getTracking(tenant, "1004");

        assertThat(tracking).isEqualTo(new Tracking("1004", OrderStatus.SHIPPED, "UPS", "1Z8V12W40398226410",
                daysAgo(2), null, null, null));
    }

    @Test
    void trackingSaysWhatWasPromisedAndWhatTheCarrierLastReported() {
        Tracking late = connector.getTracking(tenant, "1031");
        Tracking lost = connector.getTracking(tenant, "1032");

        assertThat(late.promisedAt()).isEqualTo(daysAgo(2));
        assertThat(late.reportedLost()).isFalse();
        assertThat(lost.promisedAt()).isEqualTo(daysAgo(5));
        assertThat(lost.reportedLost()).isTrue();
        assertThat(connector.getOrder(tenant, "1032").orElseThrow().carrierStatus()).isEqualTo(Tracking.LOST);
    }

    @Test
    void aDeliveredOrderGetsAReturnLabelOnce() {
        ReturnLabel label = connector.createReturnLabel(tenant, "1001", "label-1001");

        assertThat(label.carrier()).isEqualTo("UPS");
        assertThat(label.trackingNumber()).matches("1Z[0-9A-Z]{16}");
        assertThat(label.labelUrl()).isEqualTo("https://sandbox.commerce-resolver.local/labels/" + label.id() + ".pdf");
        assertThat(connector.createReturnLabel(tenant, "1001", "label-1001")).isEqualTo(label);
        assertThat(connector.createReturnLabel(tenant, "1004", "label-1004").orderId()).isEqualTo("1004");
    }

    @Test
    void anOrderNotYetShippedGetsNoReturnLabel() {
        assertRejected("order_not_shipped", () -> connector.createReturnLabel(tenant, "1003", "label-1003"));
        assertRejected("order_not_shipped", () -> connector.createReturnLabel(tenant, "1010", "label-1010"));
    }

    @Test
    void aReplacementIsAFreeOrderForTheSameCustomerAndTakesStock() {
        Replacement replacement = connector.createReplacement(tenant, "1001", List.of("HOOD-FLC-GRY-L"), "swap-1001");

        assertThat(stock("HOOD-FLC-GRY-L")).isEqualTo(47);
        Order placed = order(replacement.replacementOrderId());
        Order original = order("1001");
        assertThat(placed.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(placed.total()).isEqualByComparingTo("0.00");
        assertThat(placed.customerEmail()).isEqualTo("ann@example.com");
        assertThat(placed.shippingAddress()).isEqualTo(original.shippingAddress());
        assertThat(placed.lines()).containsExactly(new Order.OrderLine("HOOD-FLC-GRY-L", 1, new BigDecimal("0.00")));

        assertThat(connector.createReplacement(tenant, "1001", List.of("HOOD-FLC-GRY-L"), "swap-1001"))
                .isEqualTo(replacement);
        assertThat(stock("HOOD-FLC-GRY-L")).isEqualTo(47);
    }

    @Test
    void aReplacementNeedsKnownSkusInStock() {
        assertRejected("unknown_sku", () -> connector.createReplacement(tenant, "1001", List.of("NO-SUCH-SKU"), "r-1"));
        assertRejected("out_of_stock",
                () -> connector.createReplacement(tenant, "1005", List.of("SCARF-SILK-PSL"), "r-2"));
        assertRejected("out_of_stock", () -> connector.createReplacement(tenant, "1014",
                List.of("TEE-ORG-BLK-M", "CASE-PH15-CLR", "CASE-PH15-CLR"), "r-3"));
        assertThat(stock("TEE-ORG-BLK-M")).isEqualTo(140);
        assertThat(count("SELECT COUNT(*) FROM sandbox_order WHERE tenant_id = ?")).isEqualTo(32);
    }

    @Test
    void aDiscountIsAGoodwillCreditAgainstTheOrder() {
        Discount discount = connector.applyDiscount(tenant, "1002", usd("25.00"), "arrived late", "goodwill-1002");

        assertThat(discount.amount()).isEqualTo(usd("25.00"));
        assertThat(refundedTotal("1002")).isEqualByComparingTo("25.00");
        assertThat(connector.applyDiscount(tenant, "1002", usd("25.00"), "arrived late", "goodwill-1002"))
                .isEqualTo(discount);
        assertThat(refundedTotal("1002")).isEqualByComparingTo("25.00");
        assertRejected("exceeds_refundable_balance",
                () -> connector.applyDiscount(tenant, "1002", usd("615.01"), "too generous", "goodwill-2"));
    }

    @Test
    void aNotificationIsQueuedInTheOutboxOncePerKey() {
        Notification refunded = new Notification("1001", "ann@example.com", "Your refund is on its way",
                "We refunded 49.99 USD to your card.");

        NotificationSent sent = connector.sendNotification(tenant, refunded, "mail-1001");

        assertThat(sent.channel()).isEqualTo("email");
        assertThat(sent.toAddress()).isEqualTo("ann@example.com");
        assertThat(connector.sendNotification(tenant, refunded, "mail-1001")).isEqualTo(sent);
        assertThat(outbox.findByTenant(tenant)).singleElement()
                .satisfies(mail -> assertThat(mail.id()).isEqualTo(sent.id()));
    }

    @Test
    void anotherTenantCannotSeeOrTouchTheOrder() {
        String other = newTenant();

        assertThat(connector.getOrder(other, "1001")).isEmpty();
        assertRejected("order_not_found", () -> connector.issueRefund(other, "1001", usd("10.00"), "", "k"));
        assertRejected("order_not_found", () -> connector.getTracking(other, "1004"));
        assertThat(refundedTotal("1001")).isEqualByComparingTo("0.00");
    }

    @Test
    void storesWithTheSameOrderIdsAndKeysStaySeparate() {
        String other = newTenant();
        seeder.seedIfEmpty(other);

        connector.issueRefund(tenant, "1001", usd("49.99"), "damaged", "same-key");
        Refund otherRefund = connector.issueRefund(other, "1001", usd("10.00"), "late", "same-key");

        assertThat(otherRefund.amount()).isEqualTo(usd("10.00"));
        assertThat(refundedTotal("1001")).isEqualByComparingTo("49.99");
        assertThat(jdbc.queryForObject("SELECT refunded_total FROM sandbox_order WHERE tenant_id = ? AND id = ?",
                BigDecimal.class, other, "1001")).isEqualByComparingTo("10.00");
    }

    private String newTenant() {
        String tenantId = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (tenant_id, name, created_at) VALUES (?, ?, ?)", tenantId, "Test Store",
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        return tenantId;
    }

    private Order order(String orderId) {
        return connector.getOrder(tenant, orderId).orElseThrow();
    }

    private BigDecimal refundedTotal(String orderId) {
        return jdbc.queryForObject("SELECT refunded_total FROM sandbox_order WHERE tenant_id = ? AND id = ?",
                BigDecimal.class, tenant, orderId);
    }

    private int stock(String sku) {
        return jdbc.queryForObject("SELECT stock FROM sandbox_product WHERE tenant_id = ? AND sku = ?", Integer.class,
                tenant, sku);
    }

    private int operations() {
        return count("SELECT COUNT(*) FROM sandbox_operation WHERE tenant_id = ?");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, tenant);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static void assertRejected(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConnectorRejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo(code));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.commerceresolver.notify.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.commerceresolver.notify.OutboxMail;
import io.commerceresolver.support.AsSchemaOwner;

@MybatisTest
@AsSchemaOwner
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({MailOutboxDatabase.class, MailOutboxDatabaseTest.FixedClock.class})
class MailOutboxDatabaseTest {

    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

    /** Embedded H2 unless the suite runs against PostgreSQL (profile "postgres", see scripts/test-postgres.sh). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mail-outbox-test;DB_CLOSE_DELAY=-1");
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
    MailOutboxDatabase outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    String tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @Test
    void anEnqueuedMailIsQueuedForTheTenant() {
        OutboxMail mail = outbox.enqueue(tenant, "refund-1001", "ann@example.com", "Your refund",
                "49.99 USD is on its way.");

        assertThat(mail).isEqualTo(new OutboxMail(mail.id(), tenant, "ann@example.com", "Your refund",
                "49.99 USD is on its way.", "QUEUED", NOW));
        assertThat(outbox.findByTenant(tenant)).containsExactly(mail);
    }

    @Test
    void theSameKeyTwiceReturnsTheFirstMailAndQueuesNothing() {
        OutboxMail first = outbox.enqueue(tenant, "refund-1001", "ann@example.com", "Your refund", "first wording");
        OutboxMail retried = outbox.enqueue(tenant, "refund-1001", "ann@example.com", "Your refund", "second wording");

        assertThat(retried).isEqualTo(first);
        assertThat(outbox.findByTenant(tenant)).containsExactly(first);
    }

    @Test
    void keysBelongToATenantAndSoDoesTheMail() {
        String other = newTenant();

        OutboxMail ours = outbox.enqueue(tenant, "welcome", "ann@example.com", "Welcome", "Hello Ann");
        OutboxMail theirs = outbox.enqueue(other, "welcome", "ravi.kumar@example.in", "Welcome", "Namaste Ravi");

        assertThat(theirs.id()).isNotEqualTo(ours.id());
        assertThat(outbox.findByTenant(tenant)).containsExactly(ours);
        assertThat(outbox.findByTenant(other)).containsExactly(theirs);
    }

    @Test
    void aMailNeedsARecipient() {
        assertThatThrownBy(() -> outbox.enqueue(tenant, "k", " ", "Subject", "Body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.findByTenant(tenant)).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aKeyTakenByAConcurrentEnqueueReturnsItsMailAndLeavesTheTransactionUsable() throws Exception {
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondIsUnderWay = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<OutboxMail> firstMail = first.submit(() -> transactions.execute(status -> {
                OutboxMail mail = outbox.enqueue(tenant, "shipped-1004", "james.oconnor@example.com", "Shipped",
                        "first");
                firstInserted.countDown();
                awaitQuietly(secondIsUnderWay);
                // keep the row uncommitted while the second enqueue reaches its own insert of the same key
                sleepQuietly(Duration.ofMillis(500));
                return mail;
            }));
            firstInserted.await(10, TimeUnit.SECONDS);
            secondIsUnderWay.countDown();

            OutboxMail second = transactions.execute(status -> {
                OutboxMail mail = outbox.enqueue(tenant, "shipped-1004", "james.oconnor@example.com", "Shipped",
                        "second");
                // on PostgreSQL a failed insert without a savepoint would abort this transaction here
                assertThat(outbox.findByTenant(tenant)).hasSize(1);
                return mail;
            });

            assertThat(second).isEqualTo(firstMail.get(10, TimeUnit.SECONDS));
            assertThat(outbox.findByTenant(tenant)).singleElement()
                    .satisfies(mail -> assertThat(mail.body()).isEqualTo("first"));
        } finally {
            first.shutdownNow();
        }
    }

    private String newTenant() {
        String tenantId = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (tenant_id, name, created_at) VALUES (?, ?, ?)", tenantId, "Test Store",
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        return tenantId;
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

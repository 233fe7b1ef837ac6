package io.commerceresolver.connector.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.TransientFailure;

/**
 * The sandbox store's simulated faults, over the real store: whatever the faults, a caller that retries a write
 * with the same idempotency key gets it done exactly once. Writes commit one by one, as they do in the service.
 */
@SandboxStoreTest
@Import(FaultySandboxTest.SystemClock.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class FaultySandboxTest {

    static final int REFUNDS = 500;
    static final int PATIENCE = 25;

    @TestConfiguration(proxyBeanMethods = false)
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    SandboxConnector sandbox;
    @Autowired
    SandboxSeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    String tenant;

    @BeforeEach
    void seedAStore() {
        tenant = "faults-" + UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (tenant_id, name, created_at) VALUES (?, ?, ?)", tenant, "Faulty Store",
                OffsetDateTime.now());
        seeder.seedIfEmpty(tenant);
    }

    @Test
    void retryingWithTheSameKeyRefundsExactlyOnceWhateverTheFaults() {
        FaultySandbox store = new FaultySandbox(sandbox, new SandboxFaultSettings(0.3, 0, Duration.ZERO, 20250602L, 0));
        int failedBeforeTheStore = 0;
        int answersLost = 0;

        for (int i = 0; i < REFUNDS; i++) {
            String key = "drill-refund-" + i;
            for (int attempt = 1; ; attempt++) {
                boolean doneBefore = recorded(key);
                try {
                    store.issueRefund(tenant, "1002", Money.of("0.01", "USD"), "fault drill", key);
                    break;
                } catch (TransientFailure fault) {
                    assertThat(attempt).as("attempts for " + key).isLessThan(PATIENCE);
                    if (!recorded(key)) {
                        failedBeforeTheStore++;
                    } else if (!doneBefore) {
                        answersLost++;
                    }
                }
            }
        }

        assertThat(failedBeforeTheStore).as("faults before the store acted").isPositive();
        assertThat(answersLost).as("faults after the store acted").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_operation WHERE tenant_id = ? AND kind = 'refund'",
                Integer.class, tenant)).isEqualTo(REFUNDS);
        assertThat(jdbc.queryForObject("SELECT refunded_total FROM sandbox_order WHERE tenant_id = ? AND id = '1002'",
                BigDecimal.class, tenant)).isEqualByComparingTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(REFUNDS)));
    }

    @Test
    void aSlowCallWaitsThenAnswers() {
        Duration slowDelay = Duration.ofMillis(60);
        FaultySandbox store = new FaultySandbox(sandbox, new SandboxFaultSettings(0, 1.0, slowDelay, 1L, 0));

        long started = System.nanoTime();
        assertThat(store.getOrder(tenant, "1001")).isPresent();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(slowDelay);
    }

    private boolean recorded(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_operation WHERE tenant_id = ? AND idempotency_key = ?",
                Integer.class, tenant, key) == 1;
    }
}

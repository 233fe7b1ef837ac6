package io.commerceresolver.intent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import io.commerceresolver.intent.ReadingUsage;
import io.commerceresolver.support.AsSchemaOwner;
import io.commerceresolver.system.Transactions;

@MybatisTest
@AsSchemaOwner
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({IntentUsageDatabase.class, IntentUsageDatabaseTest.Tx.class})
class IntentUsageDatabaseTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** Embedded H2 unless the suite runs against PostgreSQL (profile "postgres", see scripts/test-postgres.sh). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:intent-usage-test;DB_CLOSE_DELAY=-1");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Tx {
        @Bean
        Transactions transactions(TransactionTemplate template) {
            return new Transactions() {
                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return template.execute(status -> work.get());
                }
            };
        }
    }

    @Autowired
    IntentUsageDatabase usage;
    @Autowired
    JdbcTemplate jdbc;

    String tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @Test
    void readingsAreCountedUpToTheCapAndNoFurther() {
        List<Boolean> counted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counted.add(usage.tryCount(tenant, NOVEMBER, 3));
        }

        assertThat(counted).containsExactly(true, true, true, false);
        assertThat(usage.of(tenant, NOVEMBER)).isEqualTo(new ReadingUsage.Month(tenant, NOVEMBER, 3, 0));
    }

    @Test
    void aCapOfZeroAllowsNoReading() {
        assertThat(usage.tryCount(tenant, NOVEMBER, 0)).isFalse();
        assertThat(usage.of(tenant, NOVEMBER).readings()).isZero();
    }

    @Test
    void tokensAddUpPerMonthAndTenant() {
        String other = newTenant();
        usage.addTokens(tenant, NOVEMBER, 120);
        usage.addTokens(tenant, NOVEMBER, 80);
        usage.addTokens(tenant, NOVEMBER.plusMonths(1), 7);
        usage.addTokens(other, NOVEMBER, 1000);

        assertThat(usage.of(tenant, NOVEMBER).tokens()).isEqualTo(200);
        assertThat(usage.of(tenant, NOVEMBER.plusMonths(1)).tokens()).isEqualTo(7);
        assertThat(usage.of(other, NOVEMBER).tokens()).isEqualTo(1000);
    }

    @Test
    void aNewMonthStartsFromNothing() {
        usage.tryCount(tenant, NOVEMBER, 1);

        assertThat(usage.tryCount(tenant, NOVEMBER, 1)).isFalse();
        assertThat(usage.tryCount(tenant, NOVEMBER.plusMonths(1), 1)).isTrue();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theCapHoldsWhenManyTicketsAreReadAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> readings = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                readings.add(() -> usage.tryCount(tenant, NOVEMBER, 25));
            }
            long counted = 0;
            for (Future<Boolean> reading : pool.invokeAll(readings)) {
                counted += reading.get() ? 1 : 0;
            }

            assertThat(counted).isEqualTo(25);
            assertThat(usage.of(tenant, NOVEMBER).readings()).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    private String newTenant() {
        String tenantId = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO tenant (tenant_id, name, created_at) VALUES (?, ?, ?)", tenantId, "Test Store",
                OffsetDateTime.ofInstant(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
        return tenantId;
    }
}

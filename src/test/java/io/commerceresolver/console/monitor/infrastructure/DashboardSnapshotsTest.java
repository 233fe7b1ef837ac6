package io.commerceresolver.console.monitor.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.commerceresolver.console.monitor.Buckets;
import io.commerceresolver.console.monitor.DashboardRecords;
import io.commerceresolver.console.monitor.Period;
import io.commerceresolver.metrics.MetricsRecords;
import io.commerceresolver.system.TenantScope;

class DashboardSnapshotsTest {

    private final Thread testThread = Thread.currentThread();
    private final CountDownLatch slowDatabase = new CountDownLatch(1);
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> reads = new ArrayList<>();
    private final ExecutorService rereads = Executors.newSingleThreadExecutor();
    private final DashboardSnapshots snapshots = new DashboardSnapshots(this::read, Duration.ofSeconds(30), Duration.ofMinutes(5), 10,
            nanos::get, rereads);

    @AfterEach
    void stop() {
        snapshots.close();
    }

    private DashboardRecords.PeriodRecords read(String tenantId, Period period) {
        if (Thread.currentThread() != testThread) {
            await(slowDatabase); // the background read takes its time; a page must not wait for it
        }
        return recorded(tenantId, period);
    }

    private synchronized DashboardRecords.PeriodRecords recorded(String tenantId, Period period) {
        // what the database would see: the tenant's scope, on whichever thread reads
        reads.add(tenantId + "/" + period + " in scope " + TenantScope.current().orElse("none"));
        Instant at = Instant.ofEpochSecond(nanos.get() / 1_000_000_000L);
        return new DashboardRecords.PeriodRecords(period, Buckets.of(period, at), at, List.of(), List.of(), List.of(), List.of(),
                new MetricsRecords.Triage(reads.size(), 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized List<String> reads() {
        return List.copyOf(reads);
    }

    @Test
    void freshRecordsAreServedWithoutReadingAgainAndEachTenantHasItsOwn() {
        DashboardRecords.PeriodRecords first = TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(29));

        assertThat(TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH))).isSameAs(first);
        assertThat(TenantScope.of("globex", () -> snapshots.read("globex", Period.MONTH))).isNotSameAs(first);
        assertThat(TenantScope.of("acme", () -> snapshots.read("acme", Period.DAY))).isNotSameAs(first);
        assertThat(reads()).containsExactly("acme/MONTH in scope acme", "globex/MONTH in scope globex", "acme/DAY in scope acme");
    }

    @Test
    void olderRecordsAreServedWhileTheyAreReadAgainInTheBackgroundInTheTenantsScope() throws Exception {
        DashboardRecords.PeriodRecords first = TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(31));

        assertThat(TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH))).as("served at once").isSameAs(first);
        assertThat(TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH))).as("one reread at a time").isSameAs(first);
        slowDatabase.countDown();
        rereads.submit(() -> { }).get(5, TimeUnit.SECONDS); // the reread queued before this has run

        DashboardRecords.PeriodRecords again = TenantScope.of("acme", () -> snapshots.read("acme", Period.MONTH));
        assertThat(again).isNotSameAs(first);
        assertThat(again.readAt()).isEqualTo(first.readAt().plusSeconds(31));
        assertThat(reads()).containsExactly("acme/MONTH in scope acme", "acme/MONTH in scope acme");
    }

    @Test
    void recordsPastTheirKeepingAreReadBeforeThePageAnswers() {
        DashboardRecords.PeriodRecords first = TenantScope.of("acme", () -> snapshots.read("acme", Period.WEEK));
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(6));

        DashboardRecords.PeriodRecords again = TenantScope.of("acme", () -> snapshots.read("acme", Period.WEEK));

        assertThat(again.readAt()).isEqualTo(first.readAt().plusSeconds(360));
        assertThat(reads()).hasSize(2);
    }
}

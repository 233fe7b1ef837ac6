package io.commerceresolver.console.monitor.infrastructure;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import io.commerceresolver.console.monitor.DashboardRecords;
import io.commerceresolver.console.monitor.Period;
import io.commerceresolver.system.TenantScope;

/**
 * Keeps each tenant's period records for a while, as dashboards do: reading a 30-day period is four passes over tens
 * of thousands of runs (half a second with 100,000 tickets), drawing it from records already read takes milliseconds.
 * Records younger than {@code freshFor} are served as they are; older ones, up to {@code keptFor}, are served while
 * one background thread reads them again, so a person who keeps the dashboard open or comes back to it never waits
 * for the database; older still, or never read, they are read before the page answers. The page says when they
 * were read.
 */
final class DashboardSnapshots implements DashboardRecords, AutoCloseable {

    private record Key(String tenantId, Period period) {
    }

    private final ExecutorService rereads;
    private final LoadingCache<Key, PeriodRecords> snapshots;

    /**
     * @param mostRows how many rows all kept records may hold together (a 30-day period of 43,000 runs keeps about
     *                 50,000, the runs' spans mostly)
     */
    DashboardSnapshots(DashboardRecords database, Duration freshFor, Duration keptFor, long mostRows) {
        this(database, freshFor, keptFor, mostRows, Ticker.systemTicker(), Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dashboard-reread");
            thread.setDaemon(true);
            return thread;
        }));
    }

    DashboardSnapshots(DashboardRecords database, Duration freshFor, Duration keptFor, long mostRows, Ticker ticker,
                       ExecutorService rereads) {
        this.rereads = rereads;
        // the background thread works outside any request: the reread enters the tenant's scope itself
        this.snapshots = Caffeine.newBuilder()
                .refreshAfterWrite(freshFor)
                .expireAfterWrite(keptFor)
                .maximumWeight(mostRows)
                .weigher((Key key, PeriodRecords records) -> rows(records))
                .ticker(ticker)
                .executor(rereads)
                .build(key -> TenantScope.of(key.tenantId(), () -> database.read(key.tenantId(), key.period())));
    }

    @Override
    public PeriodRecords read(String tenantId, Period period) {
        return snapshots.get(new Key(tenantId, period));
    }

    private static int rows(PeriodRecords records) {
        return 1 + records.runs().size() + records.calls().size() + records.waits().size() + records.resolutions().size();
    }

    @Override
    public void close() {
        rereads.shutdownNow();
    }
}

package io.commerceresolver.changeset.infrastructure;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import io.commerceresolver.changeset.WritePace;
import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.ConnectorSettings;

/**
 * {@link WritePace} as a token bucket per tenant (bucket4j), filled at the rate configured for the vendor of the
 * tenant's catalogue connector ({@code resolver.changesets.writes-per-second.<vendor>}); a bucket holds one second's
 * writes, so a changeset starts at once and then keeps the pace. Buckets live in this process: with several
 * instances each paces its own writers (one changeset is written by one worker at a time).
 */
class BucketWritePace implements WritePace {

    private final ConnectorRegistry connectors;
    private final Map<String, Double> perVendor;
    private final Map<String, Paced> buckets = new ConcurrentHashMap<>();

    private record Paced(double rate, Bucket bucket) {
    }

    BucketWritePace(ConnectorRegistry connectors, Map<String, Double> perVendor) {
        this.connectors = connectors;
        this.perVendor = Map.copyOf(perVendor);
    }

    @Override
    public Turns turns(String tenantId) {
        double rate = writesPerSecond(tenantId);
        if (rate <= 0) {
            return () -> { };
        }
        Paced paced = buckets.compute(tenantId, (tenant, known) -> known != null && known.rate() == rate ? known : new Paced(rate, bucket(rate)));
        return () -> paced.bucket().asBlocking().consume(1);
    }

    /** Writes a second the tenant's catalogue vendor is held to; 0 when none is set (the sandbox). */
    private double writesPerSecond(String tenantId) {
        return connectors.settings(tenantId, Capability.CATALOGUE.key()).map(ConnectorSettings::vendor)
                .map(vendor -> perVendor.getOrDefault(vendor.name().toLowerCase(Locale.ROOT), 0.0)).orElse(0.0);
    }

    private static Bucket bucket(double rate) {
        // whole tokens over a period: 2.5 writes a second is 5 every 2 seconds
        long tokens = Math.max(1, Math.round(rate * 10));
        Duration period = Duration.ofMillis(10_000);
        long capacity = Math.max(1, Math.round(rate));
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(tokens, period).build()).build();
    }
}

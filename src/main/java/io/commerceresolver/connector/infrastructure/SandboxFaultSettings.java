package io.commerceresolver.connector.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Faults the sandbox store may simulate ({@code resolver.sandbox.faults.*}), so retries and parking can be watched
 * end to end; all off by default.
 *
 * @param transientRate the share of calls (0 to 1) that fail with a transient failure
 * @param slowRate      the share of calls (0 to 1) that take {@code slowDelay} longer
 * @param seed          makes the faults reproducible; {@code null} draws them differently each run
 * @param lostWrites    how many times the store acknowledges a refund, cancellation, address change, goodwill
 *                      credit, return label or replacement under one idempotency key without doing it, before it does it: a platform that says yes and drops the
 *                      write, which only a read-back catches (0: never)
 */
@ConfigurationProperties("resolver.sandbox.faults")
public record SandboxFaultSettings(
        @DefaultValue("0") double transientRate,
        @DefaultValue("0") double slowRate,
        @DefaultValue("PT0.3S") Duration slowDelay,
        Long seed,
        @DefaultValue("0") int lostWrites) {

    public boolean any() {
        return transientRate > 0 || slowRate > 0 || lostWrites > 0;
    }

    public SandboxFaultSettings {
        if (transientRate < 0 || transientRate > 1 || slowRate < 0 || slowRate > 1) {
            throw new IllegalArgumentException("resolver.sandbox.faults: rates are between 0.0 and 1.0");
        }
        if (lostWrites < 0) {
            throw new IllegalArgumentException("resolver.sandbox.faults: lost-writes must not be negative");
        }
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("resolver.sandbox.faults: slow-delay must not be negative");
        }
    }
}

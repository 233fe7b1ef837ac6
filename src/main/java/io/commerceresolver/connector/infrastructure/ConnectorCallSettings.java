package io.commerceresolver.connector.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How connector calls are retried and when a vendor's circuit opens ({@code resolver.connector.resilience.*}).
 *
 * @param maxAttempts   attempts in all, the first included
 * @param initialBackoff the pause before the first retry; each further pause is {@code multiplier} times longer
 * @param randomization how far a pause may stray either way, as a fraction of it (jitter: callers that failed
 *                      together do not all come back together)
 * @param maxInlineWait the longest a caller waits in line, for a pause or a vendor's Retry-After; longer is parked
 * @param parkDelay     when retries run out, how long the work waits before it is tried again
 */
@ConfigurationProperties("resolver.connector.resilience")
public record ConnectorCallSettings(
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("2") double multiplier,
        @DefaultValue("0.5") double randomization,
        @DefaultValue("2s") Duration maxInlineWait,
        @DefaultValue("30s") Duration parkDelay,
        @DefaultValue Circuit circuit) {

    public ConnectorCallSettings {
        require(maxAttempts >= 1, "max-attempts must be at least 1");
        require(initialBackoff.toMillis() >= 1, "initial-backoff must be at least 1ms");
        require(multiplier >= 1, "multiplier must be at least 1");
        require(randomization >= 0 && randomization <= 1, "randomization must be between 0 and 1");
        require(!maxInlineWait.isNegative() && !parkDelay.isNegative(), "max-inline-wait and park-delay must not be negative");
    }

    /**
     * A count-based circuit per tenant and connector: over the last {@code slidingWindow} calls, once at least
     * {@code minimumCalls} were made, a failure rate of {@code failureRate} percent opens it for {@code openFor};
     * then {@code halfOpenCalls} trial calls decide whether it closes again.
     */
    public record Circuit(
            @DefaultValue("20") int slidingWindow,
            @DefaultValue("50") float failureRate,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("3") int halfOpenCalls) {
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("resolver.connector.resilience: " + problem);
        }
    }
}

package io.commerceresolver.connector;

import java.time.Duration;

/** The vendor answered 429; {@link #retryAfter()} is its Retry-After, or {@code null} when it gave none. */
public class RateLimited extends ConnectorFailure {

    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message);
        // a Retry-After date already past means "now", not "never"
        this.retryAfter = retryAfter == null || !retryAfter.isNegative() ? retryAfter : Duration.ZERO;
    }

    @Override
    public Kind kind() {
        return Kind.RATE_LIMITED;
    }

    /** How long the vendor asked us to wait; {@code null} when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

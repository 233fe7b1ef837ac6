package io.commerceresolver.connector;

import java.time.Instant;

/**
 * The call could not be made now: its retries ran out, the vendor's circuit is open, or the vendor asked for a
 * longer pause than a caller may wait in line. It never means the call failed: park the work and call again at
 * {@link #retryAt()} with the same idempotency key. (A write whose answer was lost may already have happened; the
 * key makes the next call return its result instead of doing it twice.)
 */
public class ConnectorUnavailable extends RuntimeException {

    private final Instant retryAt;
    private final int attempts;
    private final String reason;

    public ConnectorUnavailable(String reason, Instant retryAt, int attempts, Throwable cause) {
        super(reason + " (retry at " + retryAt + ", after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")",
                cause);
        this.reason = reason;
        this.retryAt = retryAt;
        this.attempts = attempts;
    }

    /** When to call again: the soonest the vendor or the circuit will take the call. */
    public Instant retryAt() {
        return retryAt;
    }

    /** How many times the call was made before giving up; 0 when the circuit refused it outright. */
    public int attempts() {
        return attempts;
    }

    /** Why the call could not be made, for the event log. */
    public String reason() {
        return reason;
    }
}

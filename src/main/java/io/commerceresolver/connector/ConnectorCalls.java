package io.commerceresolver.connector;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How every connector call is made: with bounded retries of what may succeed later, and a circuit per tenant and
 * connector that stops calling a vendor while it keeps failing.
 * <ul>
 * <li>{@link ConnectorFailure.Kind#REJECTED} and {@link ConnectorFailure.Kind#UNAUTHORIZED} are rethrown at once.</li>
 * <li>{@link ConnectorFailure.Kind#TRANSIENT} and {@link ConnectorFailure.Kind#RATE_LIMITED} are retried after a
 * growing, jittered pause, or after the vendor's Retry-After when that fits the in-line budget.</li>
 * <li>Any other {@link RuntimeException} from the call counts as TRANSIENT: it is a bug or a vendor answer the
 * adapter did not expect, and treating it as final would fail work that a later attempt may well complete.</li>
 * <li>When the call cannot be made now, {@link ConnectorUnavailable} says when to try again.</li>
 * </ul>
 */
public interface ConnectorCalls {

    /** One connector call with bounded retries and a circuit per tenant and connector. */
    <T> T call(String tenantId, String connector, Supplier<T> call, RetryListener listener);

    /** Whether the circuit of this tenant and connector lets calls through now. */
    boolean isOpen(String tenantId, String connector); // true when calls are currently refused (circuit OPEN)

    /** Told about every retry before its pause, so the caller can record it. */
    interface RetryListener {
        /**
         * @param attempt the number of the attempt that just failed, 1 for the first
         * @param kind    how it failed (an unexpected exception is {@code TRANSIENT})
         * @param message the failure's message
         * @param wait    the pause before the next attempt
         */
        void retrying(int attempt, ConnectorFailure.Kind kind, String message, Duration wait);
    }
}

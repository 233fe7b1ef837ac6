package io.commerceresolver.connector.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.connector.ConnectorFailure;
import io.commerceresolver.connector.ConnectorFailure.Kind;
import io.commerceresolver.connector.ConnectorUnavailable;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.Unauthorized;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * {@link ConnectorCalls} on Resilience4j: each attempt passes through the circuit of its tenant and connector, and
 * a {@link Retry} around it repeats what may succeed later.
 * <p>
 * What the circuit counts: transient failures, rate limits and unexpected exceptions are failures; a rejection is
 * a success (the vendor answered, and answered sensibly). Refused credentials ({@link Unauthorized}) are not
 * counted at all: they say nothing about the vendor's health, and counting them would turn a clear "fix the
 * credentials" into a vague "unavailable, try later" for every other call of that tenant.
 */
public class Resilience4jConnectorCalls implements ConnectorCalls {

    private static final RetryListener NOBODY = (attempt, kind, message, wait) -> { };

    private final ConnectorCallSettings settings;
    private final Clock clock;
    private final RetryConfig retryConfig;
    private final CircuitBreakerRegistry circuits;
    /** When each open circuit lets trial calls through again; the breaker keeps this to itself. */
    private final Map<String, Instant> halfOpensAt = new ConcurrentHashMap<>();

    public Resilience4jConnectorCalls(ConnectorCallSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // pauses never exceed what a caller may wait in line
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(),
                settings.multiplier(), settings.randomization(), max(settings.maxInlineWait(), settings.initialBackoff()));
        IntervalBiFunction<Object> pause = (attempt, outcome) -> {
            Duration vendorAsked = outcome.isLeft() && outcome.getLeft() instanceof RateLimited limited
                    ? limited.retryAfter() : null;
            return vendorAsked != null ? vendorAsked.toMillis() : backoff.apply(attempt);
        };
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(pause)
                .retryOnException(this::retriedInLine)
                .build();
        ConnectorCallSettings.Circuit circuit = settings.circuit();
        this.circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(circuit.slidingWindow())
                .minimumNumberOfCalls(circuit.minimumCalls())
                .failureRateThreshold(circuit.failureRate())
                .waitDurationInOpenState(circuit.openFor())
                .permittedNumberOfCallsInHalfOpenState(circuit.halfOpenCalls())
                .recordException(Resilience4jConnectorCalls::vendorTrouble)
                .ignoreException(Unauthorized.class::isInstance)
                .clock(clock)
                .build());
        circuits.getEventPublisher().onEntryAdded(added -> {
            CircuitBreaker breaker = added.getAddedEntry();
            breaker.getEventPublisher().onStateTransition(transition -> {
                if (transition.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                    halfOpensAt.put(breaker.getName(), clock.instant().plus(circuit.openFor()));
                }
            });
        });
    }

    @Override
    public <T> T call(String tenantId, String connector, Supplier<T> call, RetryListener listener) {
        String key = circuitName(tenantId, connector);
        CircuitBreaker circuit = circuits.circuitBreaker(key);
        Retry retry = Retry.of(key, retryConfig);
        RetryListener told = listener != null ? listener : NOBODY;
        retry.getEventPublisher().onRetry(event -> told.retrying(event.getNumberOfRetryAttempts(),
                kindOf(event.getLastThrowable()), messageOf(event.getLastThrowable()), event.getWaitInterval()));
        AtomicInteger attempts = new AtomicInteger();
        Supplier<T> counted = () -> {
            attempts.incrementAndGet();
            return call.get();
        };
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuit, counted)).get();
        } catch (CallNotPermittedException open) {
            throw new ConnectorUnavailable("The circuit of " + key + " is open after repeated failures",
                    halfOpensAt.getOrDefault(key, clock.instant().plus(settings.circuit().openFor())), attempts.get(), open);
        } catch (RateLimited limited) {
            if (retriedInLine(limited)) {
                throw exhausted(key, limited, attempts.get());
            }
            throw new ConnectorUnavailable(key + " asked to wait " + limited.retryAfter() + ", longer than a call waits in line",
                    clock.instant().plus(limited.retryAfter()), attempts.get(), limited);
        } catch (RuntimeException failure) {
            if (retriedInLine(failure)) {
                throw exhausted(key, failure, attempts.get());
            }
            throw failure;
        }
    }

    @Override
    public boolean isOpen(String tenantId, String connector) {
        String key = circuitName(tenantId, connector);
        return circuits.find(key).map(circuit -> switch (circuit.getState()) {
            case FORCED_OPEN -> true;
            // an open breaker lets the next call through as a trial once its wait is over
            case OPEN -> clock.instant().isBefore(halfOpensAt.getOrDefault(key, Instant.MAX));
            default -> false;
        }).orElse(false);
    }

    private ConnectorUnavailable exhausted(String key, RuntimeException last, int attempts) {
        Instant retryAt = clock.instant().plus(settings.parkDelay());
        if (last instanceof RateLimited limited && limited.retryAfter() != null) {
            retryAt = max(retryAt, clock.instant().plus(limited.retryAfter()));
        }
        return new ConnectorUnavailable(key + " still failing after " + attempts + " attempts: " + messageOf(last),
                retryAt, attempts, last);
    }

    /** What is retried here and now; a rate limit asking for more than the in-line budget is parked instead. */
    private boolean retriedInLine(Throwable failure) {
        if (failure instanceof RateLimited limited) {
            return limited.retryAfter() == null || limited.retryAfter().compareTo(settings.maxInlineWait()) <= 0;
        }
        return vendorTrouble(failure);
    }

    /** Failures that say the vendor is struggling: they are retried, and they count against its circuit. */
    private static boolean vendorTrouble(Throwable failure) {
        if (failure instanceof ConnectorFailure known) {
            return known.kind() == Kind.TRANSIENT || known.kind() == Kind.RATE_LIMITED;
        }
        return failure instanceof RuntimeException && !(failure instanceof CallNotPermittedException)
                && !(failure instanceof ConnectorUnavailable);
    }

    private static Kind kindOf(Throwable failure) {
        return failure instanceof ConnectorFailure known ? known.kind() : Kind.TRANSIENT;
    }

    private static String messageOf(Throwable failure) {
        if (failure instanceof ConnectorFailure known) {
            return known.getMessage();
        }
        // an unexpected exception: its type says more than its message, which may be empty
        return failure == null ? "" : failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + failure.getMessage();
    }

    private static String circuitName(String tenantId, String connector) {
        return tenantId + "/" + connector;
    }

    private static <C extends Comparable<? super C>> C max(C a, C b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

package io.commerceresolver.connector.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.ConnectorCalls.RetryListener;
import io.commerceresolver.connector.ConnectorFailure.Kind;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorUnavailable;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;

/** Retries, parking and circuits of connector calls, with pauses of a few milliseconds. */
class ConnectorCallsTest {

    static final Duration OPEN_FOR = Duration.ofSeconds(30);
    static final Duration PARK_DELAY = Duration.ofSeconds(30);
    static final ConnectorCallSettings FAST = new ConnectorCallSettings(4, Duration.ofMillis(1), 2, 0.5,
            Duration.ofMillis(500), PARK_DELAY, new ConnectorCallSettings.Circuit(20, 50, 10, OPEN_FOR, 3));

    final MovableClock clock = new MovableClock();
    final Resilience4jConnectorCalls calls = new Resilience4jConnectorCalls(FAST, clock);
    final List<Retried> retries = new ArrayList<>();
    final RetryListener listener = (attempt, kind, message, wait) -> retries.add(new Retried(attempt, kind, message, wait));

    record Retried(int attempt, Kind kind, String message, Duration pause) {
    }

    @Test
    void aTransientFailureIsRetriedAndTheCallerHearsOfIt() {
        Vendor vendor = new Vendor(new TransientFailure("502 Bad Gateway"));

        assertThat(calls.call("t1", "shopify", vendor, listener)).isEqualTo("ok");

        assertThat(vendor.calls()).isEqualTo(2);
        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.attempt()).isEqualTo(1);
            assertThat(retry.kind()).isEqualTo(Kind.TRANSIENT);
            assertThat(retry.message()).isEqualTo("502 Bad Gateway");
            assertThat(retry.pause()).isBetween(Duration.ZERO, FAST.maxInlineWait());
        });
    }

    @Test
    void anUnexpectedExceptionIsRetriedAsTransient() {
        Vendor vendor = new Vendor(new IllegalStateException("unexpected JSON"));

        assertThat(calls.call("t1", "shopify", vendor, listener)).isEqualTo("ok");

        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.kind()).isEqualTo(Kind.TRANSIENT);
            assertThat(retry.message()).contains("IllegalStateException", "unexpected JSON");
        });
    }

    @Test
    void aRejectionOrRefusedCredentialsAreNotRetried() {
        ConnectorRejection rejection = new ConnectorRejection("order_not_found", "No order 9999");
        Unauthorized unauthorized = new Unauthorized("401: the access token was revoked");
        Vendor rejecting = new Vendor(rejection);
        Vendor refusing = new Vendor(unauthorized);

        assertThatThrownBy(() -> calls.call("t1", "shopify", rejecting, listener)).isSameAs(rejection);
        assertThatThrownBy(() -> calls.call("t1", "shopify", refusing, listener)).isSameAs(unauthorized);

        assertThat(rejecting.calls()).isEqualTo(1);
        assertThat(refusing.calls()).isEqualTo(1);
        assertThat(retries).isEmpty();
    }

    @Test
    void whenRetriesRunOutTheWorkIsParked() {
        Vendor vendor = Vendor.alwaysFailing(() -> new TransientFailure("504 Gateway Timeout"));

        assertThatThrownBy(() -> calls.call("t1", "shopify", vendor, listener))
                .isInstanceOfSatisfying(ConnectorUnavailable.class, unavailable -> {
                    assertThat(unavailable.attempts()).isEqualTo(FAST.maxAttempts());
                    assertThat(unavailable.retryAt()).isAfter(clock.instant())
                            .isCloseTo(clock.instant().plus(PARK_DELAY), within(1, ChronoUnit.SECONDS));
                    assertThat(unavailable.reason()).contains("504 Gateway Timeout");
                    assertThat(unavailable.getCause()).isInstanceOf(TransientFailure.class);
                });
        assertThat(vendor.calls()).isEqualTo(4);
        assertThat(retries).extracting(Retried::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void aShortRetryAfterIsWaitedInLine() {
        Duration retryAfter = Duration.ofMillis(150);
        Vendor vendor = new Vendor(new RateLimited("429 Too Many Requests", retryAfter));

        long started = System.nanoTime();
        assertThat(calls.call("t1", "shopify", vendor, listener)).isEqualTo("ok");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(retryAfter);
        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(retry.pause()).isEqualTo(retryAfter);
        });
    }

    @Test
    void aLongRetryAfterParksTheWorkAtOnce() {
        Duration retryAfter = Duration.ofMinutes(10);
        Vendor vendor = new Vendor(new RateLimited("429 Too Many Requests", retryAfter));

        long started = System.nanoTime();
        assertThatThrownBy(() -> calls.call("t1", "shopify", vendor, listener))
                .isInstanceOfSatisfying(ConnectorUnavailable.class, unavailable -> {
                    assertThat(unavailable.retryAt())
                            .isCloseTo(clock.instant().plus(retryAfter), within(1, ChronoUnit.SECONDS));
                    assertThat(unavailable.attempts()).isEqualTo(1);
                });

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST.maxInlineWait());
        assertThat(vendor.calls()).isEqualTo(1);
        assertThat(retries).isEmpty();
    }

    @Test
    void aFailingVendorOpensTheCircuitAndIsNoLongerCalled() {
        openTheCircuitOf("tenant-a");
        Vendor vendor = new Vendor();

        assertThat(calls.isOpen("tenant-a", "shopify")).isTrue();
        assertThatThrownBy(() -> calls.call("tenant-a", "shopify", vendor, listener))
                .isInstanceOfSatisfying(ConnectorUnavailable.class, unavailable -> {
                    assertThat(unavailable.attempts()).isZero();
                    assertThat(unavailable.retryAt()).isAfter(clock.instant())
                            .isCloseTo(clock.instant().plus(OPEN_FOR), within(1, ChronoUnit.SECONDS));
                });
        assertThat(vendor.calls()).isZero();
    }

    @Test
    void circuitsArePerTenantAndConnector() {
        openTheCircuitOf("tenant-a");

        assertThat(calls.isOpen("tenant-b", "shopify")).isFalse();
        assertThat(calls.isOpen("tenant-a", "mail")).isFalse();
        assertThat(calls.call("tenant-b", "shopify", new Vendor(), listener)).isEqualTo("ok");
        assertThat(calls.call("tenant-a", "mail", new Vendor(), listener)).isEqualTo("ok");
    }

    @Test
    void onceOpenForHasPassedTrialCallsGetThroughAndCloseTheCircuit() {
        openTheCircuitOf("tenant-a");

        clock.advance(OPEN_FOR.plusSeconds(1));

        assertThat(calls.isOpen("tenant-a", "shopify")).isFalse();
        for (int trial = 0; trial < FAST.circuit().halfOpenCalls(); trial++) {
            assertThat(calls.call("tenant-a", "shopify", new Vendor(), listener)).isEqualTo("ok");
        }
        assertThat(calls.isOpen("tenant-a", "shopify")).isFalse();
    }

    @Test
    void rejectionsDoNotOpenTheCircuit() {
        for (int i = 0; i < 30; i++) {
            Vendor rejecting = new Vendor(new ConnectorRejection("out_of_stock", "SKU X has 0 in stock"));
            assertThatThrownBy(() -> calls.call("tenant-a", "shopify", rejecting, listener))
                    .isInstanceOf(ConnectorRejection.class);
        }
        assertThat(calls.isOpen("tenant-a", "shopify")).isFalse();
    }

    /** Fails until the circuit refuses: at least ten failed attempts in the window, all failures. */
    private void openTheCircuitOf(String tenantId) {
        Vendor down = Vendor.alwaysFailing(() -> new TransientFailure("503 Service Unavailable"));
        for (int call = 0; call < 10 && !calls.isOpen(tenantId, "shopify"); call++) {
            assertThatThrownBy(() -> calls.call(tenantId, "shopify", down, listener))
                    .isInstanceOf(ConnectorUnavailable.class);
        }
        assertThat(calls.isOpen(tenantId, "shopify")).isTrue();
        assertThat(down.calls()).isEqualTo(FAST.circuit().minimumCalls());
    }

    /** A vendor that fails with the given failures in turn, then answers "ok" (or keeps failing). */
    static final class Vendor implements Supplier<String> {
        private final List<RuntimeException> failures;
        private final Supplier<RuntimeException> forever;
        private final AtomicInteger calls = new AtomicInteger();

        Vendor(RuntimeException... failures) {
            this(List.of(failures), null);
        }

        private Vendor(List<RuntimeException> failures, Supplier<RuntimeException> forever) {
            this.failures = failures;
            this.forever = forever;
        }

        static Vendor alwaysFailing(Supplier<RuntimeException> failure) {
            return new Vendor(List.of(), failure);
        }

        @Override
        public String get() {
            int call = calls.getAndIncrement();
            if (forever != null) {
                throw forever.get();
            }
            if (call < failures.size()) {
                throw failures.get(call);
            }
            return "ok";
        }

        int calls() {
            return calls.get();
        }
    }

    /** The circuit's clock, moved by the test: nobody waits thirty seconds for a circuit to half-open. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;
import io.commerceresolver.work.WorkQueue;

/**
 * The manual's runs of the features on the shared workers: while one runs, a second job on another worker does not wait
 * for it (holding that worker) but goes back to the queue, without counting as a failed attempt; a run that failed on
 * every attempt is kept, and the manual shows it rather than asking for it again, until someone asks.
 */
class ManualChecksTest {

    static final Instant NOW = Instant.parse("2026-06-02T10:00:00Z");

    final RuleSets ruleSets = mock(RuleSets.class);
    final WorkQueue work = mock(WorkQueue.class);
    final ManualCheckFailures failures = mock(ManualCheckFailures.class);
    final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> unit) {
            return unit.get();
        }
    };
    final ManualChecks checks = new ManualChecks(ruleSets, work, transactions, failures, Clock.fixed(NOW, ZoneOffset.UTC));
    final PolicyManual manual = new PolicyManual(ruleSets, work, transactions, failures);

    @Test
    void oneWorkerAtMostRunsTheFeaturesAndASecondJobComesBackLater() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        when(ruleSets.activeVersion(any())).thenReturn("v1");
        when(ruleSets.checkLiveFeatures(any())).thenAnswer(call -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } finally {
                running.decrementAndGet();
            }
            return new PolicyFeatureCheck("v1", NOW, new PolicyFeaturesReport(3, 3, List.of()));
        });
        Job first = job("t-1");
        Job second = job("t-2");

        CompletableFuture<Void> worker1 = CompletableFuture.runAsync(() -> checks.handle(first));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> worker2 = CompletableFuture.runAsync(() -> checks.handle(second));
        worker2.get(5, TimeUnit.SECONDS); // returns while the first still runs: the worker is free again
        verify(work).later(second, NOW.plusSeconds(3));
        verify(work, never()).done(second);

        finish.countDown();
        worker1.get(10, TimeUnit.SECONDS);
        verify(work).done(first);
        assertThat(mostAtOnce.get()).as("feature runs at the same time").isEqualTo(1);

        // once the first is done, the one that came back runs
        checks.handle(second);
        verify(work).done(second);
    }

    @Test
    void aRunThatFailedOnEveryAttemptIsKeptForTheManual() {
        checks.giveUp(job("t-1"), "IllegalStateException: broken");
        verify(failures).keep("t-1", "v1", new ManualCheckFailures.Failure("IllegalStateException: broken", NOW));
    }

    @Test
    void aFailedRunIsShownAndNotAskedForAgainUntilSomeoneDoes() {
        when(ruleSets.activeVersion("t-1")).thenReturn("v1");
        when(ruleSets.lastFeatureCheck(anyString(), anyString())).thenReturn(Optional.empty());
        ManualCheckFailures.Failure failure = new ManualCheckFailures.Failure("IllegalStateException: broken", NOW);
        when(failures.find("t-1", "v1")).thenReturn(Optional.of(failure));

        for (int look = 0; look < 3; look++) {
            PolicyManual.Status status = manual.status("t-1");
            assertThat(status.failure()).isEqualTo(failure);
            assertThat(status.checking()).as("nothing to wait for").isFalse();
        }
        verify(work, never()).enqueue(any(), any(), any());

        manual.check("t-1");
        InOrder order = inOrder(failures, work);
        order.verify(failures).forget("t-1", "v1");
        order.verify(work).enqueue("t-1", JobKind.CHECK_FEATURES, "v1");
    }

    @Test
    void noResultAndNoFailureAsksForARunAndAFailureOlderThanTheResultIsNotShown() {
        when(ruleSets.activeVersion("t-1")).thenReturn("v1");
        when(failures.find("t-1", "v1")).thenReturn(Optional.empty());
        when(ruleSets.lastFeatureCheck("t-1", "v1")).thenReturn(Optional.empty());
        assertThat(manual.status("t-1").checking()).isTrue();
        verify(work, times(1)).enqueue("t-1", JobKind.CHECK_FEATURES, "v1");

        PolicyFeatureCheck check = new PolicyFeatureCheck("v1", NOW, new PolicyFeaturesReport(3, 3, List.of()));
        when(ruleSets.lastFeatureCheck("t-1", "v1")).thenReturn(Optional.of(check));
        when(failures.find("t-1", "v1")).thenReturn(Optional.of(new ManualCheckFailures.Failure("old", NOW.minusSeconds(60))));
        PolicyManual.Status status = manual.status("t-1");
        assertThat(status.check()).isEqualTo(check);
        assertThat(status.failed()).isFalse();
        assertThat(status.checking()).isFalse();
    }

    private static Job job(String tenant) {
        return new Job("job-" + tenant, tenant, JobKind.CHECK_FEATURES, "v1", NOW, 1);
    }
}

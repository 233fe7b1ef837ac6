package io.commerceresolver.work.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobHandler;
import io.commerceresolver.work.JobKind;

/**
 * A fixed number of worker threads fed by one poller. The poller leases due jobs only while a worker is free, so
 * however much work waits in the table, this instance holds at most one job (and one database connection at a
 * time) per worker; the rest waits for this or another instance. Intake never waits for workers.
 */
class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final JobsDatabase jobs;
    private final WorkerIdentity identity;
    private final Map<JobKind, JobHandler> handlers = new EnumMap<>(JobKind.class);
    private final Transactions transactions;
    private final Clock clock;
    private final WorkSettings settings;

    private final Semaphore freeWorkers;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicInteger busy = new AtomicInteger();
    private ExecutorService workers;
    private Thread poller;
    private volatile boolean running;

    JobWorkers(JobsDatabase jobs, WorkerIdentity identity, List<JobHandler> handlers, Transactions transactions, Clock clock,
               WorkSettings settings) {
        this.jobs = jobs;
        this.identity = identity;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.freeWorkers = new Semaphore(settings.workers());
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
    }

    /** Asks the poller to look for due work now rather than at its next interval. */
    void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    int busyWorkers() {
        return busy.get();
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        ClassLoader serviceFiles = new ServiceFilesClassLoader(ClassUtils.getDefaultClassLoader());
        workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(serviceFiles);
            return thread;
        });
        running = true;
        poller = new Thread(this::poll, "work-poller");
        poller.setDaemon(true);
        poller.start();
        log.info("{} workers started as '{}' (leases of {})", settings.workers(), identity.owner(), identity.lease());
    }

    @Override
    public void stop() {
        running = false;
        wake();
        workers.shutdown();
        try {
            // a job cut short here is not lost: its lease runs out and a worker takes it up again
            if (!workers.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
            poller.join(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After everything else has started (the process engine, the rules), and stopped before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void poll() {
        while (running) {
            try {
                int claimed = claimForFreeWorkers();
                if (claimed == 0) {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                // the database may be restarting; polling goes on
                log.warn("Polling for work failed: {}", failed.toString());
                sleepQuietly(settings.pollInterval());
            }
        }
    }

    private int claimForFreeWorkers() throws InterruptedException {
        freeWorkers.acquire();
        int free = 1 + freeWorkers.drainPermits();
        List<Job> claimed = List.of();
        try {
            // due jobs of every tenant: the one place the workers look across tenants
            claimed = TenantScope.acrossTenants(() -> transactions.inTransaction(() -> jobs.claimDue(free)));
        } finally {
            freeWorkers.release(free - claimed.size());
        }
        for (Job job : claimed) {
            workers.execute(() -> work(job));
        }
        return claimed.size();
    }

    private void work(Job first) {
        busy.incrementAndGet();
        WorkerIdentity.Current current = identity.begin();
        try {
            for (Job job = first; job != null && running; job = current.next()) {
                carryOut(job);
            }
        } finally {
            identity.end();
            busy.decrementAndGet();
            freeWorkers.release();
            wake();
        }
    }

    /** Within the job's tenant: the database shows the handler that tenant's rows only. */
    private void carryOut(Job job) {
        TenantScope.of(job.tenantId(), () -> carryOutInScope(job));
    }

    private void carryOutInScope(Job job) {
        JobHandler handler = handlers.get(job.kind());
        try {
            handler.handle(job);
        } catch (RuntimeException failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (job.attempts() >= settings.maxAttempts()) {
                log.error("Job {} {} {} failed {} times; giving up: {}", job.kind(), job.tenantId(), job.ref(), job.attempts(), error);
                // the give-up and the job's end commit together, so nothing (an operator's retry enqueueing the same
                // work again) can fall between them; but the job ends whatever giving up does: one whose give-up fails
                // would be claimed and failed for ever, so then it ends on its own
                try {
                    transactions.inTransaction(() -> {
                        handler.giveUp(job, error);
                        jobs.done(job);
                    });
                    return;
                } catch (RuntimeException untold) {
                    log.error("Job {} {} {}: giving it up failed too; it ends all the same", job.kind(), job.tenantId(), job.ref(), untold);
                }
                transactions.inTransaction(() -> jobs.done(job));
                return;
            }
            Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(job.attempts() - 1, 10));
            log.warn("Job {} {} {} failed (attempt {}), again in {}: {}", job.kind(), job.tenantId(), job.ref(), job.attempts(),
                    backoff, error);
            transactions.inTransaction(() -> jobs.retryAt(job, clock.instant().plus(backoff), error));
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

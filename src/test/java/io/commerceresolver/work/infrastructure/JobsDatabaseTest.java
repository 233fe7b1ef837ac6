package io.commerceresolver.work.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.commerceresolver.support.AsSchemaOwner;
import io.commerceresolver.tenant.infrastructure.TenantMapper;
import io.commerceresolver.tenant.infrastructure.TenantMapper.TenantRow;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;

/**
 * The job table as several workers (or instances) meet it at once, on H2 and on PostgreSQL: every due job is
 * claimed by exactly one claimer, a lease that ran out lets another take the job, a released job waits until due.
 */
@MybatisTest
@AsSchemaOwner
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JobsDatabaseTest {

    static final Instant T0 = Instant.parse("2026-06-02T10:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:jobs-database-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Autowired
    JobMapper mapper;
    @Autowired
    TenantMapper tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate inTransaction;
    String tenant;

    @BeforeEach
    void tenant() {
        inTransaction = new TransactionTemplate(transactionManager);
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.insert(new TenantRow(tenant, "Jobs test", "{}", T0));
        // jobs of earlier tests (and of other tenants) are due too: start every test from an empty table
        inTransaction.executeWithoutResult(status -> drain(queue(Clock.fixed(T0.plus(Duration.ofDays(365)), ZoneOffset.UTC), "sweeper")));
    }

    @Test
    void theSameWorkQueuedTwiceIsOneJob() {
        JobsDatabase queue = queue(Clock.fixed(T0, ZoneOffset.UTC), "a");
        inTransaction.executeWithoutResult(status -> {
            queue.enqueue(tenant, JobKind.READ_TICKET, "ticket-1");
            queue.enqueue(tenant, JobKind.READ_TICKET, "ticket-1");
            queue.enqueue(tenant, JobKind.RUN_STEP, "ticket-1");
        });

        List<Job> claimed = claim(queue, 10);

        assertThat(claimed).extracting(Job::kind).containsExactlyInAnyOrder(JobKind.READ_TICKET, JobKind.RUN_STEP);
        assertThat(claimed).allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1));
    }

    @Test
    void eachDueJobIsClaimedByExactlyOneOfManyConcurrentClaimers() throws Exception {
        int jobs = 300;
        JobsDatabase producer = queue(Clock.fixed(T0, ZoneOffset.UTC), "producer");
        inTransaction.executeWithoutResult(status -> {
            for (int i = 0; i < jobs; i++) {
                producer.enqueue(tenant, JobKind.READ_TICKET, "ticket-" + i);
            }
        });
        List<String> claimedIds = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger emptyPolls = new AtomicInteger();
        ExecutorService claimers = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            JobsDatabase claimer = queue(Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC), "claimer-" + c);
            running.add(claimers.submit(() -> {
                while (true) {
                    List<Job> batch = claim(claimer, 7);
                    if (batch.isEmpty()) {
                        emptyPolls.incrementAndGet();
                        return;
                    }
                    batch.forEach(job -> claimedIds.add(job.id()));
                }
            }));
        }
        for (Future<?> claimer : running) {
            claimer.get(60, TimeUnit.SECONDS);
        }
        claimers.shutdown();

        assertThat(claimedIds).hasSize(jobs).doesNotHaveDuplicates();
    }

    @Test
    void aJobWhoseLeaseRanOutIsTakenUpByAnotherWorker() {
        JobsDatabase first = queue(Clock.fixed(T0, ZoneOffset.UTC), "first");
        inTransaction.executeWithoutResult(status -> first.enqueue(tenant, JobKind.RUN_STEP, "run-1:get_order:get_order"));
        assertThat(claim(first, 5)).hasSize(1);

        JobsDatabase beforeExpiry = queue(Clock.fixed(T0.plusSeconds(59), ZoneOffset.UTC), "second");
        JobsDatabase afterExpiry = queue(Clock.fixed(T0.plusSeconds(61), ZoneOffset.UTC), "second");

        assertThat(claim(beforeExpiry, 5)).as("still leased").isEmpty();
        List<Job> retaken = claim(afterExpiry, 5);
        assertThat(retaken).singleElement().satisfies(job -> assertThat(job.attempts()).isEqualTo(2));
    }

    @Test
    void aReleasedJobWaitsUntilItIsDueAndADoneJobIsGone() {
        JobsDatabase queue = queue(Clock.fixed(T0, ZoneOffset.UTC), "a");
        inTransaction.executeWithoutResult(status -> {
            queue.enqueue(tenant, JobKind.RUN_STEP, "parked");
            queue.enqueue(tenant, JobKind.RUN_STEP, "finished");
        });
        List<Job> claimed = claim(queue, 5);
        Job parked = claimed.stream().filter(job -> job.ref().equals("parked")).findFirst().orElseThrow();
        Job finished = claimed.stream().filter(job -> job.ref().equals("finished")).findFirst().orElseThrow();
        inTransaction.executeWithoutResult(status -> {
            queue.retryAt(parked, T0.plusSeconds(30), "store unavailable");
            queue.done(finished);
        });

        assertThat(claim(queue(Clock.fixed(T0.plusSeconds(29), ZoneOffset.UTC), "b"), 5)).isEmpty();
        assertThat(claim(queue(Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC), "b"), 5))
                .extracting(Job::ref).containsExactly("parked");
    }

    @Test
    void aJobPutOffForLaterWaitsUntilDueWithoutCountingTheClaimAsAnAttempt() {
        JobsDatabase queue = queue(Clock.fixed(T0, ZoneOffset.UTC), "a");
        inTransaction.executeWithoutResult(status -> queue.enqueue(tenant, JobKind.CHECK_FEATURES, "v1"));
        Job claimed = claim(queue, 5).get(0);
        assertThat(claimed.attempts()).isEqualTo(1);
        inTransaction.executeWithoutResult(status -> queue.later(claimed, T0.plusSeconds(3)));

        assertThat(claim(queue(Clock.fixed(T0.plusSeconds(2), ZoneOffset.UTC), "b"), 5)).isEmpty();
        assertThat(claim(queue(Clock.fixed(T0.plusSeconds(3), ZoneOffset.UTC), "b"), 5))
                .singleElement().satisfies(job -> assertThat(job.attempts()).as("the first claim that counts").isEqualTo(1));
    }

    private List<Job> claim(JobsDatabase queue, int limit) {
        return inTransaction.execute(status -> queue.claimDue(limit));
    }

    private JobsDatabase queue(Clock clock, String owner) {
        return new JobsDatabase(mapper, new WorkerIdentity(owner, Duration.ofSeconds(60)), clock, () -> {
        });
    }

    private static void drain(JobsDatabase queue) {
        for (List<Job> batch = queue.claimDue(500); !batch.isEmpty(); batch = queue.claimDue(500)) {
            batch.forEach(queue::done);
        }
    }
}

package io.commerceresolver.work.infrastructure;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import io.commerceresolver.work.Job;

/**
 * Who this instance is to the job table (its owner name on leases, and how long a lease lasts), and which job a
 * worker thread is carrying out right now, so that work it creates can stay with it.
 */
final class WorkerIdentity {

    /** The job a worker thread is on, and the jobs it created that it will do next. */
    static final class Current {
        private final Deque<Job> handedOver = new ArrayDeque<>();

        void handOver(Job job) {
            handedOver.addLast(job);
        }

        Job next() {
            return handedOver.pollFirst();
        }
    }

    private final String owner;
    private final Duration lease;
    private final ThreadLocal<Current> current = new ThreadLocal<>();

    WorkerIdentity(String owner, Duration lease) {
        this.owner = owner;
        this.lease = lease;
    }

    String owner() {
        return owner;
    }

    Duration lease() {
        return lease;
    }

    Current current() {
        return current.get();
    }

    Current begin() {
        Current fresh = new Current();
        current.set(fresh);
        return fresh;
    }

    void end() {
        current.remove();
    }
}

package io.commerceresolver.policy.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * Long-lived KIE sessions of one rule set version, lent out one decision at a time.
 *
 * <p>Creating a session per decision costs more than the decision itself (see docs/benchmarks.md). A session kept
 * for good is fastest but retains a few hundred bytes per decision (fact handles, propagation records), so each
 * session here is disposed after {@link #RECYCLE_AFTER} decisions and replaced: memory stays flat, and the cost of
 * a new session is spread over thousands of decisions. A session is never shared by two threads at once.
 */
final class DecisionSessions {

    /** Decisions one session serves before it is replaced; its retained garbage stays below about a megabyte. */
    static final int RECYCLE_AFTER = 2_000;
    /**
     * More rule firings than any sound decision needs (a few dozen). A rule that re-triggers itself would otherwise
     * fire forever; past this limit the decision fails instead, and a candidate rule set fails its policy features.
     */
    static final int MAX_FIRINGS = 1_000;
    /** Idle sessions kept; more than the busiest concurrency seen is waste, fewer only costs a new session. */
    private static final int MAX_IDLE = 64;

    private final KieBase kieBase;
    private final ConcurrentLinkedDeque<PooledSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    DecisionSessions(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Inserts the facts, fires the rules and removes every fact again, so the session is empty for its next
     * decision. Returns the names of the rules that fired, in order.
     */
    List<String> fire(Object... facts) {
        PooledSession session = borrow();
        boolean healthy = false;
        try {
            List<String> fired = session.fire(facts);
            healthy = true;
            return fired;
        } finally {
            giveBack(session, healthy);
        }
    }

    /** Disposes the idle sessions; used when this version stops serving. Sessions still lent out go when returned. */
    void close() {
        closed = true;
        PooledSession session;
        while ((session = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            session.dispose();
        }
    }

    private PooledSession borrow() {
        PooledSession session = idle.pollFirst();
        if (session == null) {
            return new PooledSession(kieBase.newKieSession());
        }
        idleCount.decrementAndGet();
        return session;
    }

    private void giveBack(PooledSession session, boolean healthy) {
        // a failed decision may have left facts behind; an old session has retained enough: both are replaced
        if (closed || !healthy || session.uses >= RECYCLE_AFTER || idleCount.get() >= MAX_IDLE) {
            session.dispose();
            return;
        }
        idleCount.incrementAndGet();
        idle.offerFirst(session);
    }

    /**
     * Collects the fired rules' names through the engine's lean rule-event hook: the public agenda listener builds
     * an event object per firing, which costs a measurable share of a decision (docs/benchmarks.md).
     */
    private static final class PooledSession implements RuleEventListener {

        private final KieSession session;
        private final List<String> fired = new ArrayList<>();
        private final FactHandle[] handles = new FactHandle[8];
        private int uses;

        PooledSession(KieSession session) {
            this.session = session;
            ((RuleEventManager) session).addEventListener(this);
        }

        @Override
        public void onAfterMatchFire(Match match) {
            fired.add(match.getRule().getName());
        }

        List<String> fire(Object[] facts) {
            uses++;
            fired.clear();
            for (int i = 0; i < facts.length; i++) {
                handles[i] = session.insert(facts[i]);
            }
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("The rule set fired " + firings + " rules for one decision and was stopped: a rule "
                        + "keeps re-triggering itself (last fired: " + fired.get(fired.size() - 1) + ")");
            }
            for (int i = 0; i < facts.length; i++) {
                session.delete(handles[i]);
                handles[i] = null;
            }
            if (session.getFactCount() > 0) {
                // a rule inserted facts of its own; they must not leak into the next decision
                for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                    session.delete(handle);
                }
            }
            return List.copyOf(fired);
        }

        void dispose() {
            session.dispose();
        }
    }
}

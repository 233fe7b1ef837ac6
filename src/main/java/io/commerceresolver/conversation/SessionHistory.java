package io.commerceresolver.conversation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Transactions;

/**
 * Each person's session aggregates: folded in as requests are decided, shown to and deleted by the person, and
 * summed over everyone into the tenant's escalation report.
 */
public class SessionHistory {

    /**
     * The rules of rules/risk-tiers.drl that escalate for stress or a long session: the one place that says which
     * fired rule makes a decision an escalation (SessionHistoryTest holds this list to the rule file).
     */
    public static final Set<String> ESCALATION_RULES = Set.of(
            "A write during a stressed or long conversation is escalated from tier 2 to tier 3");

    private final SessionStore store;
    private final Transactions transactions;
    private final int minimumSessionsPerCell;
    private final BigDecimal stressBandWidth;

    /**
     * @param minimumSessionsPerCell the fewest sessions a report group may show, so that none singles a person out
     * @param stressBandWidth        how wide the report's peak-stress bands are
     */
    public SessionHistory(SessionStore store, Transactions transactions, int minimumSessionsPerCell, BigDecimal stressBandWidth) {
        if (minimumSessionsPerCell < 1 || stressBandWidth.signum() <= 0 || stressBandWidth.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the report needs at least one session per group and a stress band in (0, 1]");
        }
        this.store = store;
        this.transactions = transactions;
        this.minimumSessionsPerCell = minimumSessionsPerCell;
        this.stressBandWidth = stressBandWidth;
    }

    /** Whether the decision's fired rules include a stress/fatigue escalation. */
    public static boolean escalated(List<String> firedRules) {
        return firedRules != null && firedRules.stream().anyMatch(ESCALATION_RULES::contains);
    }

    /**
     * Folds one request's figures into the caller's session aggregate, unless they switched history off or opted out of
     * voice analysis, or the request names no session (then nothing would say which conversation it belongs to, and a
     * made-up bucket would blend conversations and misplace their start). Joins the caller's transaction, if any.
     */
    public void record(String tenantId, String username, SessionFigures figures, boolean escalated, Instant at) {
        if (figures == null || !figures.keepable()) {
            return;
        }
        transactions.inTransaction(() -> {
            if (!historyOn(tenantId, username)) {
                return;
            }
            // a concurrent first request may insert between the look-up and the insert: then the row is there to lock
            for (int attempt = 0; attempt < 3; attempt++) {
                var kept = store.lock(tenantId, username, figures.sessionId());
                if (kept.isPresent()) {
                    store.update(kept.get().fold(figures, escalated, at));
                    return;
                }
                if (store.insert(SessionAggregate.first(tenantId, username, figures, escalated, at))) {
                    return;
                }
            }
            throw new IllegalStateException("session " + figures.sessionId() + " was neither found nor insertable three times");
        });
    }

    public MySessions of(String tenantId, String username, int limit) {
        if (limit < 1 || limit > MySessions.MAX_LIMIT) {
            throw new BadRequest("limit", "Parameter 'limit' must be between 1 and " + MySessions.MAX_LIMIT);
        }
        return new MySessions(historyOn(tenantId, username), store.sessionsOf(tenantId, username, limit));
    }

    /** Switching off stops recording and keeps what is there; {@link #forget} deletes it. */
    public void switchHistory(String tenantId, String username, boolean enabled, Instant at) {
        store.switchHistory(tenantId, username, enabled, at);
    }

    /** Deletes every session of the person (the switch stays as it is); deleting nothing is fine. */
    public int forget(String tenantId, String username) {
        return store.deleteSessionsOf(tenantId, username);
    }

    public EscalationReport report(String tenantId) {
        return new EscalationReport("UTC", minimumSessionsPerCell,
                breakdown(store.byStartHour(tenantId), UnaryOperator.identity()),
                breakdown(store.byStartWeekday(tenantId), iso -> DayOfWeek.of(Integer.parseInt(iso)).name()),
                breakdown(store.byPeakStressBand(tenantId, stressBandWidth, lastBand()), this::band));
    }

    private boolean historyOn(String tenantId, String username) {
        return store.historySwitch(tenantId, username).orElse(true);
    }

    private EscalationReport.Breakdown breakdown(List<SessionStore.Cell> cells, UnaryOperator<String> label) {
        List<SessionStore.Cell> labelled = cells.stream()
                .map(cell -> new SessionStore.Cell(cell.key() == null ? "none" : label.apply(cell.key()), cell.sessions(), cell.requests(),
                        cell.escalations()))
                .toList();
        return EscalationReport.Breakdown.of(labelled, minimumSessionsPerCell);
    }

    /** The index of the band that ends at 1: a peak of exactly 1 belongs to it, not to a band of its own. */
    private int lastBand() {
        return BigDecimal.ONE.divide(stressBandWidth, 0, RoundingMode.CEILING).intValueExact() - 1;
    }

    /** "0.7-0.8" for band 7 of width 0.1; the top band ends at 1. */
    private String band(String index) {
        BigDecimal from = stressBandWidth.multiply(new BigDecimal(index));
        BigDecimal to = from.add(stressBandWidth).min(BigDecimal.ONE);
        return from.stripTrailingZeros().toPlainString() + "-" + to.stripTrailingZeros().toPlainString();
    }

    /** The person's own sessions and whether history is on for them. */
    public record MySessions(boolean historyEnabled, List<SessionAggregate> sessions) {

        public static final int MAX_LIMIT = 500;
    }
}

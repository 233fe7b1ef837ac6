package io.commerceresolver.audit;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.commerceresolver.security.Caller;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;

/**
 * Records admin and approval actions. Called inside the transaction that makes the change ({@link #recorded} makes
 * one), so an action and its entry are written together or not at all. Records hold what changed, never a secret
 * (keys are listed by name).
 */
public class AuditLog {

    private final AuditEntries entries;
    private final StoredJson json;
    private final Transactions transactions;
    private final Clock clock;

    public AuditLog(AuditEntries entries, StoredJson json, Transactions transactions, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What an entry says of a change that was made: its target, and the state before and after it. */
    public record Entry(String target, Object before, Object after) {
    }

    /**
     * Makes a change and records it in one transaction: no admin action is done unrecorded, nor recorded undone.
     * For changes that are quick database work only; a change that compiles or calls out records after it.
     */
    public <T> T recorded(Caller actor, String action, Supplier<T> change, Function<T, Entry> entry) {
        return transactions.inTransaction(() -> {
            T done = change.get();
            Entry described = entry.apply(done);
            record(actor, action, described.target(), described.before(), described.after());
            return done;
        });
    }

    public void record(Caller actor, String action, String target, Object before, Object after) {
        record(actor.tenantId(), actor.principal(), action, target, before, after);
    }

    public void record(String tenantId, String actor, String action, String target, Object before, Object after) {
        entries.append(new AuditEntry(0, tenantId, clock.instant(), actor, action, target,
                before == null ? null : json.write(before), after == null ? null : json.write(after)));
    }

    public List<AuditEntry> newest(String tenantId, Long beforeId, int limit) {
        return entries.newest(tenantId, beforeId, limit);
    }
}

package io.commerceresolver.audit;

import java.time.Clock;
import java.util.List;

import io.commerceresolver.security.Caller;
import io.commerceresolver.system.StoredJson;

/**
 * Records admin and approval actions. Called inside the transaction that makes the change, so an action and its
 * entry are written together or not at all. Records hold what changed, never a secret (keys are listed by name).
 */
public class AuditLog {

    private final AuditEntries entries;
    private final StoredJson json;
    private final Clock clock;

    public AuditLog(AuditEntries entries, StoredJson json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
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

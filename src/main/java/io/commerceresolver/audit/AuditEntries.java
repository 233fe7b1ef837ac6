package io.commerceresolver.audit;

import java.util.List;

/** Where the audit log is kept. There is no update and no delete. */
public interface AuditEntries {

    void append(AuditEntry entry);

    /** The newest entries first, those with an id below {@code beforeId} when it is given. */
    List<AuditEntry> newest(String tenantId, Long beforeId, int limit);
}

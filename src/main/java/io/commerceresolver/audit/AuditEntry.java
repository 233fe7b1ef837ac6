package io.commerceresolver.audit;

import java.time.Instant;

/** One recorded action. {@code before} and {@code after} are the changed record as JSON, either may be absent. */
public record AuditEntry(long id, String tenantId, Instant recordedAt, String actor, String action, String target, String beforeState,
                         String afterState) {
}

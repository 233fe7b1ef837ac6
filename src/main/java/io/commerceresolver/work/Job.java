package io.commerceresolver.work;

import java.time.Instant;

/** A unit of work claimed by a worker; {@code attempts} counts the claims, this one included. */
public record Job(String id, String tenantId, JobKind kind, String ref, Instant dueAt, int attempts) {
}

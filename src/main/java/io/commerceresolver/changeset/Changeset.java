package io.commerceresolver.changeset;

import java.time.Instant;

/**
 * A multi-operation change and how to undo it. {@code operations}, {@code diffs} and {@code rollback} are JSON
 * documents kept as text until the changeset issue gives them a model.
 */
public record Changeset(String id,
                        String tenantId,
                        String operations,
                        String diffs,
                        String rollback,
                        String status,
                        Instant createdAt) {
}

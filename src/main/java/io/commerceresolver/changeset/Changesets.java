package io.commerceresolver.changeset;

import java.util.List;
import java.util.Optional;

/** Where changesets and their operations are kept. Every read names the tenant. */
public interface Changesets {

    /**
     * Keeps a changeset and its operations in one transaction.
     *
     * @return false if the tenant already has a changeset with the same idempotency key (nothing is kept)
     */
    boolean add(Changeset changeset, List<ChangeOperation> operations);

    Optional<Changeset> find(String tenantId, String id);

    Optional<Changeset> findByIdempotencyKey(String tenantId, String idempotencyKey);

    /** Operations in order, after the one numbered {@code afterSeq} (0 for the first), at most {@code limit}. */
    List<ChangeOperation> operations(String tenantId, String changesetId, int afterSeq, int limit);
}

package io.commerceresolver.changeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;

/**
 * A rollback is a new changeset: the undoing of every operation the store took, each built against the product as
 * the store shows it now, decided by the rules and approved like any other. Asked twice, it is the same changeset.
 */
public class ChangesetRollbacks {

    static final int PAGE = 1000;
    /** The prefix of rollbacks' idempotency keys, which a client's own keys may not use. */
    public static final String KEYS = "rollback:";
    static final int MOST_ATTEMPTS = 20;

    private final Changesets changesets;
    private final ChangesetBuilder builder;

    public ChangesetRollbacks(Changesets changesets, ChangesetBuilder builder) {
        this.changesets = changesets;
        this.builder = builder;
    }

    public Changeset rollback(String tenantId, String changesetId, String requestedBy) {
        Changeset changeset = changesets.find(tenantId, changesetId).orElseThrow(() -> new NotFound("changeset", changesetId));
        if (!changeset.status().isFinal()) {
            throw new Conflict("Changeset " + changesetId + " is " + changeset.status() + ": it can be rolled back once it has ended");
        }
        List<OperationSpec> undo = new ArrayList<>();
        int after = 0;
        while (true) {
            List<ChangeOperation> page = changesets.operations(tenantId, changesetId, ChangeOperation.Status.WRITTEN, after, PAGE);
            page.stream().map(ChangeOperation::rollback).filter(spec -> spec != null).forEach(undo::add);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
        }
        if (undo.isEmpty()) {
            throw new Conflict("Changeset " + changesetId + " wrote nothing (" + changeset.status() + "): there is nothing to roll back");
        }
        return builder.build(tenantId, requestedBy, key(tenantId, changesetId),
                new ChangesetRequest(undo, "Rollback of changeset " + changesetId, null), changesetId);
    }

    /**
     * The rollback's idempotency key: asked again, the same rollback, unless that one ended without writing anything
     * (refused, not approved, stopped before it wrote): then a new one may be built.
     */
    private String key(String tenantId, String changesetId) {
        String key = KEYS + changesetId;
        for (int attempt = 2; attempt <= MOST_ATTEMPTS; attempt++) {
            Optional<Changeset> earlier = changesets.findByIdempotencyKey(tenantId, key);
            if (earlier.isEmpty() || !endedUnwritten(earlier.get())) {
                return key;
            }
            key = KEYS + changesetId + ":" + attempt;
        }
        throw new Conflict("Changeset " + changesetId + " has been rolled back " + MOST_ATTEMPTS + " times without effect; build the change by hand");
    }

    private static boolean endedUnwritten(Changeset rollback) {
        return rollback.status().isFinal() && rollback.progress().written() == 0 && rollback.status() != ChangesetStatus.VERIFIED;
    }
}

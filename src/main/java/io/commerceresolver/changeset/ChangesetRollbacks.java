package io.commerceresolver.changeset;

import java.util.ArrayList;
import java.util.List;

import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.NotFound;

/**
 * A rollback is a new changeset: the undoing of every operation the store took, each built against the product as
 * the store shows it now, decided by the rules and approved like any other. Asked twice, it is the same changeset.
 */
public class ChangesetRollbacks {

    static final int PAGE = 1000;

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
        return builder.build(tenantId, requestedBy, "rollback:" + changesetId,
                new ChangesetRequest(undo, "Rollback of changeset " + changesetId, null), changesetId);
    }
}

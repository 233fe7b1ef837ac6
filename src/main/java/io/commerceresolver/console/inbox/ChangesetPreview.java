package io.commerceresolver.console.inbox;

import java.util.List;
import java.util.Optional;

import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.changeset.OperationKind;
import io.commerceresolver.changeset.ProductState;
import io.commerceresolver.changeset.process.ChangesetPlaybook;
import io.commerceresolver.playbook.AgentRun;

/**
 * What an approval of a changeset would let through, as the approver reads it before deciding (in the inbox and
 * from the mailed link): each operation's SKU, the value before and after, and its own tier, the first page of them.
 */
public class ChangesetPreview {

    /** Operations shown on the approval's page; the rest are one API call away. */
    static final int SHOWN = 50;

    public record Diff(String changesetId, int operations, int toWrite, String note, List<Row> rows, int more) {
    }

    public record Row(int seq, String sku, String kind, String before, String after, int tier, String status) {
    }

    private final Changesets changesets;

    public ChangesetPreview(Changesets changesets) {
        this.changesets = changesets;
    }

    /** The diff of the changeset the run carries out; empty for a run of any other playbook. */
    public Optional<Diff> of(AgentRun run) {
        if (!ChangesetPlaybook.NAME.equals(run.playbook())) {
            return Optional.empty();
        }
        return changesets.findByRun(run.tenantId(), run.id()).map(this::diff);
    }

    private Diff diff(Changeset changeset) {
        List<Row> rows = changesets.operations(changeset.tenantId(), changeset.id(), 0, SHOWN).stream().map(ChangesetPreview::row).toList();
        return new Diff(changeset.id(), changeset.operationCount(), changeset.toWrite(), changeset.note(), rows,
                Math.max(0, changeset.operationCount() - rows.size()));
    }

    private static Row row(ChangeOperation operation) {
        OperationKind kind = operation.asked().kind();
        return new Row(operation.seq(), operation.asked().sku(), kind.code(), shown(kind, operation.before()), shown(kind, operation.after()),
                operation.tier(), Shown.words(operation.status().name()));
    }

    private static String shown(OperationKind kind, ProductState state) {
        if (state == null) {
            return "";
        }
        return switch (kind) {
            case PRICE -> state.price().toPlainString() + " " + state.currency();
            case PROMOTION -> state.promoPercentOff() == null ? "no promotion" : state.promoPercentOff().stripTrailingZeros().toPlainString() + " % off";
            case STOCK -> String.valueOf(state.stock());
        };
    }
}

package io.commerceresolver.changeset;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.commerceresolver.changeset.process.ChangesetPlaybook;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunObserver;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptSealing;

/**
 * Keeps a changeset in step with its run when the run ends other than through the process's own last steps: not
 * approved (the rules, an approver, a deadline), stopped by an operator, failed. Whatever was not written by then is
 * skipped, and the changeset still gets its receipt (sealed by a job: the run's transaction stays short).
 */
public class ChangesetRunFollower implements RunObserver {

    private final Changesets changesets;
    private final ReceiptSealing sealing;
    private final Clock clock;

    public ChangesetRunFollower(Changesets changesets, ReceiptSealing sealing, Clock clock) {
        this.changesets = changesets;
        this.sealing = sealing;
        this.clock = clock;
    }

    @Override
    public void runChanged(AgentRun run, String detail) {
        if (!ChangesetPlaybook.NAME.equals(run.playbook()) || !run.status().isFinal()) {
            return;
        }
        Optional<Changeset> found = changesets.findByRun(run.tenantId(), run.id());
        if (found.isEmpty() || found.get().receiptId() != null) {
            return;
        }
        Changeset changeset = found.get();
        ChangesetStatus ended = ended(changeset.status(), run.status());
        if (ended != null) {
            String why = run.state().getReasons().isEmpty() ? detail : String.join("; ", run.state().getReasons());
            changesets.moveTo(run.tenantId(), changeset.id(), changeset.status(), ended, why, clock.instant());
            changesets.skipRest(run.tenantId(), changeset.id());
            changesets.countProgress(run.tenantId(), changeset.id(), clock.instant());
        }
        if (ended != null || changeset.status().isFinal()) {
            sealing.seal(run.tenantId(), ReceiptRecord.Kind.CHANGESET, changeset.id());
        }
    }

    /** What the changeset becomes when its run ends so; null when the process's own steps said it already. */
    static ChangesetStatus ended(ChangesetStatus now, RunStatus run) {
        if (now.isFinal()) {
            return null;
        }
        if (run == RunStatus.CANCELLED) {
            return ChangesetStatus.CANCELLED;
        }
        if (now == ChangesetStatus.CONFIRMED && List.of(RunStatus.DECLINED, RunStatus.HANDED_OVER, RunStatus.SHADOWED).contains(run)) {
            // declined by the rules or an approver, or its approval expired and a person took the ticket: nothing written
            return ChangesetStatus.DECLINED;
        }
        return ChangesetStatus.FAILED;
    }
}

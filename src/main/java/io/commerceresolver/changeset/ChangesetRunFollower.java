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
 * Keeps a changeset in step with its run when the run ends before any write began: not approved (the rules, an
 * approver, a deadline), stopped by an operator, failed. Nothing was written; the changeset still gets its receipt
 * (sealed by a job: the run's transaction stays short). Once writing began, a changeset job is always due or under
 * way, and it closes the changeset itself after recording what its slice wrote ({@link ChangesetJobs}).
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
        if (changeset.status() != ChangesetStatus.CONFIRMED) {
            return;
        }
        String why = run.state().getReasons().isEmpty() ? detail : String.join("; ", run.state().getReasons());
        changesets.moveTo(run.tenantId(), changeset.id(), ChangesetStatus.CONFIRMED, ended(run.status()), why, clock.instant());
        changesets.skipRest(run.tenantId(), changeset.id());
        changesets.countProgress(run.tenantId(), changeset.id(), clock.instant());
        sealing.seal(run.tenantId(), ReceiptRecord.Kind.CHANGESET, changeset.id());
    }

    /** What a confirmed changeset, nothing written, becomes when its run ends so. */
    static ChangesetStatus ended(RunStatus run) {
        if (run == RunStatus.CANCELLED) {
            return ChangesetStatus.CANCELLED;
        }
        if (List.of(RunStatus.DECLINED, RunStatus.HANDED_OVER, RunStatus.SHADOWED).contains(run)) {
            // declined by the rules or an approver, or its approval expired and a person took the ticket
            return ChangesetStatus.DECLINED;
        }
        return ChangesetStatus.FAILED;
    }
}

package io.commerceresolver.changeset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptRecord;

/**
 * Seals a changeset into its tenant's receipt chain: who asked, every operation with its before and after, its
 * decision and how to undo it, the approval, what the store answered and what it showed when read back. The record is
 * read and canonicalised outside any transaction; the chain appends it in one short transaction of its own, and a
 * changeset sealed twice (a crash between the append and the step's completion) keeps its first receipt.
 */
public class ChangesetSeal implements ChangesetJobs.Phase {

    static final int PAGE = 1000;

    private final Changesets changesets;
    private final ApprovalInbox approvals;
    private final ReceiptChain chain;
    private final EventLog events;
    private final Clock clock;

    public ChangesetSeal(Changesets changesets, ApprovalInbox approvals, ReceiptChain chain, EventLog events, Clock clock) {
        this.changesets = changesets;
        this.approvals = approvals;
        this.chain = chain;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ChangesetJobs.Outcome slice(Changeset changeset, AgentRun run) {
        Receipt receipt = seal(changeset, run);
        return (now, current) -> {
            changesets.sealed(now.tenantId(), now.id(), receipt.id());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("changesetId", now.id());
            payload.put("receiptId", receipt.id());
            payload.put("seq", receipt.seq());
            payload.put("sha256", receipt.sha256());
            events.runEvent(current, "receipt_sealed", "seal", payload);
            return Map.of();
        };
    }

    /** Seals the changeset as it stands (also for one that ended without the process's seal step: declined, cancelled). */
    public Receipt seal(Changeset changeset, AgentRun run) {
        return chain.append(changeset.tenantId(), ChangesetReceipts.record(changeset, operations(changeset),
                run == null ? Optional.empty() : approvals.forRun(changeset.tenantId(), run.id()), run, clock.instant()));
    }

    private List<ChangeOperation> operations(Changeset changeset) {
        List<ChangeOperation> all = new ArrayList<>();
        int after = 0;
        while (true) {
            List<ChangeOperation> page = changesets.operations(changeset.tenantId(), changeset.id(), after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    static boolean decided(Approval approval) {
        return approval.outcome() != ApprovalOutcome.PENDING;
    }
}

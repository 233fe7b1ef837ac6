package io.commerceresolver.changeset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.Approvals;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptChain;
import io.commerceresolver.receipt.ReceiptRecord;
import io.commerceresolver.receipt.ReceiptSource;

/**
 * Seals a changeset into its tenant's receipt chain: who asked, every operation with its before and after, its
 * decision and how to undo it, the approval, each component's uses of its delegated credential, what the store answered
 * and what it showed when read back. The record is read and canonicalised outside any transaction; the chain appends
 * it in one short transaction of its own, and a changeset sealed twice (a crash between the append and the step's
 * completion) keeps its first receipt. As the process's seal step it completes that step; as the chain's
 * {@link ReceiptSource} it seals a changeset whose run ended before that step (not approved, cancelled, failed).
 */
public class ChangesetSeal implements ChangesetJobs.Phase, ReceiptSource {

    static final int PAGE = 1000;

    private final Changesets changesets;
    private final Approvals approvals;
    private final Delegations delegations;
    private final Decisions decisions;
    private final ReceiptChain chain;
    private final EventLog events;
    private final Clock clock;

    public ChangesetSeal(Changesets changesets, Approvals approvals, Delegations delegations, Decisions decisions, ReceiptChain chain,
                         EventLog events, Clock clock) {
        this.decisions = decisions;
        this.changesets = changesets;
        this.approvals = approvals;
        this.delegations = delegations;
        this.chain = chain;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ChangesetJobs.Outcome slice(Changeset changeset, AgentRun run) {
        Receipt receipt = chain.append(changeset.tenantId(), record(changeset));
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

    @Override
    public ReceiptRecord.Kind kind() {
        return ReceiptRecord.Kind.CHANGESET;
    }

    @Override
    public Optional<ReceiptRecord> record(String tenantId, String changesetId) {
        return changesets.find(tenantId, changesetId).map(this::record);
    }

    @Override
    public void sealed(String tenantId, String changesetId, Receipt receipt) {
        changesets.sealed(tenantId, changesetId, receipt.id());
    }

    private ReceiptRecord record(Changeset changeset) {
        Optional<Approval> approval = changeset.runId() == null ? Optional.empty()
                : approvals.findByRun(changeset.tenantId(), changeset.runId()).filter(decided -> decided.outcome() != ApprovalOutcome.PENDING);
        List<ChangeOperation> operations = operations(changeset);
        return ChangesetReceipts.record(changeset, operations, approval, delegationUses(changeset), stored(changeset, operations),
                clock.instant());
    }

    /** The stored decisions of the changeset and its operations: their fired rules and rule version go in the receipt. */
    private Map<String, Decision> stored(Changeset changeset, List<ChangeOperation> operations) {
        List<String> ids = new ArrayList<>();
        if (changeset.decision().decisionId() != null) {
            ids.add(changeset.decision().decisionId());
        }
        operations.stream().map(ChangeOperation::decision).filter(decision -> decision != null && decision.decisionId() != null)
                .forEach(decision -> ids.add(decision.decisionId()));
        Map<String, Decision> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            found.putAll(decisions.findByIds(changeset.tenantId(), ids.subList(from, Math.min(ids.size(), from + PAGE))));
        }
        return found;
    }

    private List<ReceiptRecord.DelegationUse> delegationUses(Changeset changeset) {
        return delegations.uses(changeset.tenantId(), changeset.id()).stream().map(use -> new ReceiptRecord.DelegationUse(
                use.component().key(), use.scope().key(), use.exchangeId(), use.verb(), use.allowed(), use.firstAt(), use.count(),
                use.lastAt(), use.enforcedBy())).toList();
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
}

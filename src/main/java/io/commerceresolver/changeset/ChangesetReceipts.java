package io.commerceresolver.changeset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.receipt.ReceiptRecord;

/**
 * A changeset as its receipt tells it. Staff appear by user name (no customer is named by a changeset); prices and
 * percentages as decimal text ({@link ReceiptRecord#decimal}). An operation's fired rules are in its stored decision,
 * which the receipt names by id and reads back (its fired rules and rule version) when it seals.
 */
final class ChangesetReceipts {

    private ChangesetReceipts() {
    }

    static ReceiptRecord record(Changeset changeset, List<ChangeOperation> operations, Optional<Approval> approval,
                                List<ReceiptRecord.DelegationUse> delegations, Map<String, Decision> stored, Instant sealedAt) {
        OperationDecision overall = changeset.decision();
        List<ReceiptRecord.Operation> described = new ArrayList<>();
        List<ReceiptRecord.ToolCallResult> calls = new ArrayList<>();
        List<ReceiptRecord.Check> checks = new ArrayList<>();
        for (ChangeOperation operation : operations) {
            described.add(new ReceiptRecord.Operation(operation.seq(), operation.asked().kind().operation(), "sku:" + operation.asked().sku(),
                    changes(operation), decision(operation.decision(), stored), rollback(operation.rollback()), operation.status().name()));
            ChangeOperation.Written written = operation.written();
            if (written != null && written.result() != null) {
                calls.add(new ReceiptRecord.ToolCallResult("changeset:" + changeset.id() + ":" + operation.seq(),
                        operation.asked().kind().operation(), operation.status().name(), written.result(), written.at()));
            }
            if (written != null && written.verified() != null) {
                checks.add(new ReceiptRecord.Check("sku:" + operation.asked().sku() + " " + operation.asked().kind().code(),
                        field(operation.asked().kind(), operation.after()), field(operation.asked().kind(), written.shown()), written.verified()));
            }
        }
        List<ReceiptRecord.Approval> approvals = approval.map(decided -> List.of(new ReceiptRecord.Approval(
                decided.id(), decided.decidedBy(), decided.approverRole(), decided.outcome() == ApprovalOutcome.APPROVED, decided.reason(),
                decided.decidedAt()))).orElse(List.of());
        String asked = changeset.note() == null ? changeset.operationCount() + " catalogue operations" : changeset.note();
        return new ReceiptRecord(ReceiptRecord.Kind.CHANGESET, changeset.id(),
                new ReceiptRecord.Request(changeset.rollbackOf() == null ? "changeset" : "rollback of " + changeset.rollbackOf(),
                        changeset.requestedBy(), asked, null, changeset.createdAt()),
                described, List.of(decision(overall, stored)), approvals, delegations, calls, checks, changeset.status().name(),
                changeset.confirmation() == null ? changeset.createdAt() : changeset.confirmation().at(), sealedAt);
    }

    private static List<ReceiptRecord.Change> changes(ChangeOperation operation) {
        OperationKind kind = operation.asked().kind();
        return List.of(new ReceiptRecord.Change(kind.code(), field(kind, operation.before()), field(kind, operation.after())));
    }

    private static String field(OperationKind kind, ProductState state) {
        if (state == null) {
            return null;
        }
        return switch (kind) {
            case PRICE -> ReceiptRecord.decimal(state.price()) + " " + state.currency();
            case PROMOTION -> state.promoPercentOff() == null ? "none" : ReceiptRecord.decimal(state.promoPercentOff()) + "% off";
            case STOCK -> String.valueOf(state.stock());
        };
    }

    private static String rollback(OperationSpec undo) {
        if (undo == null) {
            return null;
        }
        return switch (undo.kind()) {
            case PRICE -> "set price of " + undo.sku() + " to " + ReceiptRecord.decimal(undo.price());
            case PROMOTION -> undo.percentOff() == null ? "end the promotion on " + undo.sku()
                    : "set the promotion on " + undo.sku() + " to " + ReceiptRecord.decimal(undo.percentOff()) + "% off";
            case STOCK -> "set stock of " + undo.sku() + " to " + undo.stock();
        };
    }

    /** The decision as kept with the operation, with the fired rules and rule version of the stored decision it names. */
    private static ReceiptRecord.DecisionRecord decision(OperationDecision decision, Map<String, Decision> stored) {
        if (decision == null) {
            return null;
        }
        Decision found = decision.decisionId() == null ? null : stored.get(decision.decisionId());
        return new ReceiptRecord.DecisionRecord(decision.decisionId(), decision.tier(), decision.allowed(), decision.approverRole(),
                decision.reasons(), found == null ? decision.firedRules() : found.firedRules(),
                found == null ? decision.rulesVersion() : found.rulesVersion());
    }
}

package io.commerceresolver.changeset.web;

import java.time.Instant;
import java.util.List;

import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.OperationDecision;
import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.changeset.ProductState;
import io.commerceresolver.policy.Tier;

/** A changeset as the API shows it: its decision, and a page of its operations with their diffs and decisions. */
record ChangesetView(String id, String status, String requestedBy, String note, int tier, String tierName, boolean approvalRequired,
                     String approverRole, List<String> reasons, String decisionId, String rulesVersion, int operationCount,
                     int refusedCount, Instant createdAt, List<OperationView> operations, Integer nextAfter) {

    record OperationView(int seq, String sku, String kind, String status, OperationSpec asked, ProductState before, ProductState after,
                         OperationSpec rollback, List<String> problems, DecisionView decision) {
    }

    record DecisionView(String decisionId, int tier, boolean allowed, boolean approvalRequired, List<String> reasons) {
    }

    static ChangesetView of(Changeset changeset, List<ChangeOperation> page, Integer nextAfter) {
        OperationDecision decision = changeset.decision();
        return new ChangesetView(changeset.id(), changeset.status().name(), changeset.requestedBy(), changeset.note(), decision.tier(),
                Tier.of(decision.tier()).name(), decision.approvalRequired(), decision.approverRole(), decision.reasons(),
                decision.decisionId(), decision.rulesVersion(), changeset.operationCount(), changeset.refusedCount(), changeset.createdAt(),
                page.stream().map(ChangesetView::operation).toList(), nextAfter);
    }

    private static OperationView operation(ChangeOperation operation) {
        OperationDecision decision = operation.decision();
        return new OperationView(operation.seq(), operation.asked().sku(), operation.asked().kind().code(), operation.status().name(),
                operation.asked(), operation.before(), operation.after(), operation.rollback(), operation.problems(),
                decision == null ? null : new DecisionView(decision.decisionId(), decision.tier(), decision.allowed(),
                        decision.approvalRequired(), decision.reasons()));
    }
}

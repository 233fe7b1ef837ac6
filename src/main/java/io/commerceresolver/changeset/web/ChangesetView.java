package io.commerceresolver.changeset.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.changeset.ChangeOperation;
import io.commerceresolver.changeset.Changeset;
import io.commerceresolver.changeset.OperationDecision;
import io.commerceresolver.changeset.OperationKind;
import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.changeset.ProductState;
import io.commerceresolver.policy.Tier;

/** A changeset as the API shows it: its decision, and a page of its operations with their diffs and decisions. */
record ChangesetView(String id, String status, String requestedBy, String note, int tier, String tierName, boolean approvalRequired,
                     String approverRole, List<String> reasons, String decisionId, String rulesVersion, int operationCount,
                     int refusedCount, Instant createdAt, String runId, String rollbackOf, String confirmedBy, Instant confirmedAt,
                     ProgressView progress, String outcome, String receiptId, List<OperationView> operations, Integer nextAfter) {

    record OperationView(int seq, String sku, String kind, String status, AskedView asked, ProductState before, ProductState after,
                         AskedView rollback, List<String> problems, DecisionView decision, WrittenView written) {
    }

    /** How far the writer and the read-back got: {@code toWrite} is every operation built and allowed. */
    record ProgressView(int toWrite, int written, int failed, int skipped, int verified, int notShown) {
    }

    /** What became of an operation: the store's answer (the product as it came back, or why it refused), and the read-back. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WrittenView(Instant at, JsonNode storeAnswer, ProductState shown, Boolean verified) {

        static WrittenView of(ChangeOperation.Written written) {
            return written == null ? null : new WrittenView(written.at(), answer(written.result()), written.shown(), written.verified());
        }

        private static JsonNode answer(String result) {
            try {
                return result == null ? null : ANSWERS.readTree(result);
            } catch (JsonProcessingException unreadable) {
                return ANSWERS.getNodeFactory().textNode(result);
            }
        }
    }

    private static final ObjectMapper ANSWERS = new ObjectMapper();

    /** An asking as the API takes it, only its own fields: {@code endPromotion} for a promotion that ends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AskedView(BigDecimal price, String currency, BigDecimal adjustPercent, BigDecimal percentOff, Boolean endPromotion,
                     Integer stock) {

        static AskedView of(OperationSpec spec) {
            if (spec == null) {
                return null;
            }
            boolean ends = spec.kind() == OperationKind.PROMOTION && spec.percentOff() == null;
            return new AskedView(spec.price(), spec.currency(), spec.adjustPercent(), spec.percentOff(), ends ? Boolean.TRUE : null,
                    spec.stock());
        }
    }

    record DecisionView(String decisionId, int tier, boolean allowed, boolean approvalRequired, List<String> reasons) {
    }

    static ChangesetView of(Changeset changeset, List<ChangeOperation> page, Integer nextAfter) {
        OperationDecision decision = changeset.decision();
        return new ChangesetView(changeset.id(), changeset.status().name(), changeset.requestedBy(), changeset.note(), decision.tier(),
                Tier.of(decision.tier()).name(), decision.approvalRequired(), decision.approverRole(), decision.reasons(),
                decision.decisionId(), decision.rulesVersion(), changeset.operationCount(), changeset.refusedCount(), changeset.createdAt(),
                changeset.runId(), changeset.rollbackOf(), changeset.confirmation() == null ? null : changeset.confirmation().by(),
                changeset.confirmation() == null ? null : changeset.confirmation().at(), progress(changeset), changeset.outcome(),
                changeset.receiptId(), page.stream().map(ChangesetView::operation).toList(), nextAfter);
    }

    private static ProgressView progress(Changeset changeset) {
        Changeset.Progress progress = changeset.progress();
        return new ProgressView(changeset.toWrite(), progress.written(), progress.failed(), progress.skipped(), progress.verified(),
                progress.notShown());
    }

    private static OperationView operation(ChangeOperation operation) {
        OperationDecision decision = operation.decision();
        return new OperationView(operation.seq(), operation.asked().sku(), operation.asked().kind().code(), operation.status().name(),
                AskedView.of(operation.asked()), operation.before(), operation.after(), AskedView.of(operation.rollback()), operation.problems(),
                decision == null ? null : new DecisionView(decision.decisionId(), decision.tier(), decision.allowed(),
                        decision.approvalRequired(), decision.reasons()), WrittenView.of(operation.written()));
    }
}

package io.commerceresolver.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt says happened: the request, each operation with its before and after, the decisions with their
 * reasons and rule version, the approvals, each use of a delegated credential, the tool calls' results and the checks
 * that read the result back. Run and changeset receipts fill the same shape.
 * <p>
 * Receipts are never rewritten, so the personal-data purge cannot reach them: a customer appears only as a keyed hash
 * ({@code customerRef}), never as an address or name. Staff appear by user name. Amounts, prices and percentages are
 * decimal strings ({@link #decimal}): canonical JSON writes numbers as IEEE doubles, which would turn 0.1 + 0.2 into
 * 0.30000000000000004 or 1e21 into a different text than the one that was meant; whole counts stay numbers.
 */
public record ReceiptRecord(Kind kind,
                            String subjectId,
                            Request request,
                            List<Operation> operations,
                            List<DecisionRecord> decisions,
                            List<Approval> approvals,
                            List<DelegationUse> delegations,
                            List<ToolCallResult> toolCalls,
                            List<Check> checks,
                            String outcome,
                            Instant startedAt,
                            Instant finishedAt) {

    /** A receipt is for a ticket run or for a changeset; one receipt per subject (appending twice returns the first). */
    public enum Kind {
        RUN("run"), CHANGESET("changeset");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The word stored and written in bodies: {@code run}, {@code changeset}. */
        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return key;
        }

        public static Kind of(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("No receipt kind '" + key + "'");
        }
    }

    public ReceiptRecord {
        Objects.requireNonNull(kind, "kind");
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 64) {
            throw new IllegalArgumentException("A receipt names its subject in 1 to 64 characters, not '" + subjectId + "'");
        }
        operations = copy(operations);
        decisions = copy(decisions);
        approvals = copy(approvals);
        delegations = copy(delegations);
        toolCalls = copy(toolCalls);
        checks = copy(checks);
    }

    /**
     * Who asked for what: {@code requestedBy} a staff user name or a channel, {@code text} what was asked (the sentence
     * or a summary of the structured request), {@code customerRef} a keyed hash of the customer's address or null.
     */
    public record Request(String source, String requestedBy, String text, String customerRef, Instant at) {
    }

    /** One operation: what it changes on which record, field by field, how to undo it, and how it ended. */
    public record Operation(int index, String type, String target, List<Change> changes, DecisionRecord decision, String rollback,
                            String status) {
        public Operation {
            changes = copy(changes);
        }
    }

    /** A field's value before and after, as text (decimals through {@link #decimal}). */
    public record Change(String field, String before, String after) {

        public static Change of(String field, BigDecimal before, BigDecimal after) {
            return new Change(field, decimal(before), decimal(after));
        }
    }

    /** A policy decision as the receipt keeps it; {@code decisionId} names the stored decision. */
    public record DecisionRecord(String decisionId, int tier, boolean allowed, String approverRole, List<String> reasons,
                                 List<String> firedRules, String rulesVersion) {
        public DecisionRecord {
            reasons = copy(reasons);
            firedRules = copy(firedRules);
        }
    }

    public record Approval(String approvalId, String decidedBy, String role, boolean approved, String reason, Instant at) {
    }

    /**
     * A component's uses of its narrowly scoped credential for one verb, refused ones apart: how many, the first at
     * {@code at} and the last at {@code lastAt}; {@code enforcedBy} says whether the vendor's credential itself is that
     * narrow ({@code vendor}) or the service holds the component to its scope ({@code service}).
     */
    public record DelegationUse(String component, String scope, String exchangeId, String verb, boolean allowed, Instant at, long count,
                                Instant lastAt, String enforcedBy) {
    }

    public record ToolCallResult(String idempotencyKey, String tool, String status, String result, Instant at) {
    }

    /** A read-back: what was expected and what the system showed. */
    public record Check(String name, String expected, String shown, boolean passed) {
    }

    /** A decimal as the receipt writes it: plain notation, scale kept ("19.90", not 19.9 or 1.99E+1); null stays null. */
    public static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

package io.commerceresolver.receipt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.policy.Decision;

/**
 * A finished ticket run as its receipt tells it: what was asked (a summary, never the customer's text, and the customer
 * as a keyed reference), each write the store made with its before and after, every decision taken for the run, the
 * approval, every tool call with a short result, the read-back check and how the run ended.
 */
final class RunRecords {

    private RunRecords() {
    }

    static ReceiptRecord of(RunFacts facts) {
        AgentRun run = facts.run();
        Map<String, ReceiptRecord.DecisionRecord> decisions = facts.decisions().stream()
                .sorted(Comparator.comparing(Decision::ts).thenComparing(Decision::id))
                .collect(Collectors.toMap(Decision::id, RunRecords::decision, (a, b) -> a, LinkedHashMap::new));
        List<ReceiptRecord.Operation> operations = new ArrayList<>();
        List<ReceiptRecord.ToolCallResult> calls = new ArrayList<>();
        for (RunFacts.Call fact : facts.calls()) {
            ToolCall call = fact.call();
            if (fact.write() && call.status() == ToolCall.Status.SUCCEEDED) {
                operations.add(new ReceiptRecord.Operation(operations.size() + 1, call.tool(), run.plan().subject(),
                        StoreAnswers.changes(fact.answer(), run.state()), decisions.get(fact.decisionId()), null, call.status().name()));
            }
            calls.add(new ReceiptRecord.ToolCallResult(call.idempotencyKey(), call.tool(), call.status().name(),
                    StoreAnswers.result(fact.answer()), call.updatedAt()));
        }
        return new ReceiptRecord(ReceiptRecord.Kind.RUN, run.id(), request(facts), operations, List.copyOf(decisions.values()),
                approvals(facts.approval()), List.of(), calls, checks(run.state()), run.status().name(), run.startedAt(), run.endedAt());
    }

    private static ReceiptRecord.Request request(RunFacts facts) {
        AgentRun run = facts.run();
        String asked = run.playbook() + " on " + run.plan().subject() + (facts.intent() == null ? "" : ", read as " + facts.intent());
        // a ticket handed in under the customer's own address (as a channel might name it) names them by reference only
        String email = run.plan().requesterEmail();
        String submittedBy = facts.submittedBy();
        boolean customer = email != null && submittedBy != null
                && submittedBy.toLowerCase(Locale.ROOT).contains(email.strip().toLowerCase(Locale.ROOT));
        String by = customer ? facts.customerRef() : submittedBy;
        return new ReceiptRecord.Request(facts.source(), by, asked, facts.customerRef(), facts.askedAt());
    }

    private static ReceiptRecord.DecisionRecord decision(Decision decision) {
        return new ReceiptRecord.DecisionRecord(decision.id(), decision.tier(), decision.allowed(), decision.approverRole(), decision.reasons(),
                decision.firedRules(), decision.rulesVersion());
    }

    /**
     * A decided approval: who, what and when; its reason is the outcome (APPROVED, REJECTED, EXPIRED). The approver's
     * own words are left out, as they may name the customer.
     */
    private static List<ReceiptRecord.Approval> approvals(Approval approval) {
        if (approval == null || approval.outcome() == ApprovalOutcome.PENDING) {
            return List.of();
        }
        return List.of(new ReceiptRecord.Approval(approval.id(), approval.decidedBy(), approval.approverRole(),
                approval.outcome() == ApprovalOutcome.APPROVED, approval.outcome().name(), approval.decidedAt()));
    }

    private static List<ReceiptRecord.Check> checks(RunState state) {
        RunState.Verification verified = state.getVerification();
        if (verified == null) {
            return List.of();
        }
        String shown = ReceiptRecord.decimal(verified.actual());
        if (verified.notShown() != null && !verified.notShown().isEmpty()) {
            shown = (shown == null ? "" : shown + "; ") + "not shown: " + String.join(", ", verified.notShown());
        }
        return List.of(new ReceiptRecord.Check(verified.check(), ReceiptRecord.decimal(verified.expectedAtLeast()), shown, verified.passed()));
    }
}

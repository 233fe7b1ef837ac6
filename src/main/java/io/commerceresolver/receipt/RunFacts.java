package io.commerceresolver.receipt;

import java.time.Instant;
import java.util.List;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.policy.Decision;

/**
 * What a finished run's receipt is made from, as read from the run, its ticket, its tool calls, the decisions taken
 * for it and its approval. {@code customerRef} is already the keyed reference: nothing here carries the customer's
 * address on to the receipt but the run's own records, which {@link RunRecords} reads only for what is not personal.
 *
 * @param source      the ticket's channel (api, email, zendesk ...)
 * @param submittedBy the principal that handed the ticket in
 * @param intent      what the ticket was read as asking for (refund_request ...), or null
 * @param approval    the run's approval, or null when none was asked for
 */
public record RunFacts(AgentRun run, String source, String submittedBy, String intent, String customerRef, Instant askedAt,
                       List<Call> calls, List<Decision> decisions, Approval approval) {

    public RunFacts {
        calls = List.copyOf(calls);
        decisions = List.copyOf(decisions);
    }

    /**
     * One tool call: {@code write} when the tool changes the store (its operation class), {@code answer} the store's
     * answer read as the tool's response type for a call that succeeded, else the recorded outcome as JSON values,
     * and the id of the decision that let it be made (null if none is known).
     */
    public record Call(ToolCall call, boolean write, Object answer, String decisionId) {
    }
}

package io.commerceresolver.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.playbook.ToolCall;
import io.commerceresolver.playbook.process.RefundOrder;
import io.commerceresolver.policy.Decision;

/** A refund run's receipt record: the write with its before and after, its decision, the approval, and nobody's address. */
class RunRecordsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String EMAIL = "ann.lee@example.com";

    @Test
    void aRefundRunNamesTheRefundItsDecisionAndApprovalAndNoCustomer() throws Exception {
        ReceiptRecord record = RunRecords.of(facts("mail:" + EMAIL));

        assertThat(record.kind()).isEqualTo(ReceiptRecord.Kind.RUN);
        assertThat(record.subjectId()).isEqualTo("run-1");
        assertThat(record.outcome()).isEqualTo("COMPLETED");
        assertThat(record.request().text()).isEqualTo("refund_order on order 1001, read as refund_request");
        assertThat(record.request().customerRef()).isEqualTo("hmac-sha256:ref");
        assertThat(record.operations()).singleElement().satisfies(operation -> {
            assertThat(operation.type()).isEqualTo("issue_refund");
            assertThat(operation.target()).isEqualTo("order 1001");
            assertThat(operation.changes()).containsExactly(new ReceiptRecord.Change("refund", null, "49.99"),
                    new ReceiptRecord.Change("refundCurrency", null, "USD"), new ReceiptRecord.Change("refundedTotal", "0.00", "49.99"));
            assertThat(operation.decision().decisionId()).isEqualTo("d-refund");
            assertThat(operation.decision().firedRules()).containsExactly("A refund above the auto-refund limit needs an approver");
        });
        assertThat(record.decisions()).extracting(ReceiptRecord.DecisionRecord::decisionId).containsExactly("d-triage", "d-refund");
        assertThat(record.approvals()).singleElement().satisfies(approval -> {
            assertThat(approval.decidedBy()).isEqualTo("lead");
            assertThat(approval.approved()).isTrue();
            assertThat(approval.reason()).isEqualTo("APPROVED");
        });
        assertThat(record.toolCalls()).extracting(ReceiptRecord.ToolCallResult::result)
                .containsExactly("order 1001 DELIVERED", "refund r-1 49.99 USD", "notification n-1 by email", "card_declined");
        assertThat(record.checks()).containsExactly(new ReceiptRecord.Check("refund shown on the order", "49.99", "49.99", true));

        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(record);
        assertThat(json).doesNotContain(EMAIL).doesNotContain("Ann").doesNotContain("Elm Street").doesNotContain("please call");
    }

    @Test
    void aTicketHandedInUnderTheCustomersAddressNamesThemByReference() {
        assertThat(RunRecords.of(facts(EMAIL)).request().requestedBy()).isEqualTo("hmac-sha256:ref");
        assertThat(RunRecords.of(facts("api-key:intake")).request().requestedBy()).isEqualTo("api-key:intake");
    }

    private static RunFacts facts(String submittedBy) {
        Order order = new Order("1001", "c-7", EMAIL, "Ann Lee", OrderStatus.DELIVERED, "USD", new BigDecimal("49.99"), new BigDecimal("0.00"),
                T0, T0, T0, "UPS", "1Z", new Address("Ann Lee", "1 Elm Street", null, "Springfield", "IL", "62701", "US"), List.of(), List.of(),
                List.of(), List.of(), null, null);
        RunState state = new RunState();
        state.setOrder(order);
        state.setOrderAfter(new Order("1001", "c-7", EMAIL, "Ann Lee", OrderStatus.DELIVERED, "USD", new BigDecimal("49.99"),
                new BigDecimal("49.99"), T0, T0, T0, "UPS", "1Z", order.shippingAddress(), List.of(), List.of(), List.of(), List.of(), null, null));
        state.setVerification(new RunState.Verification("refund shown on the order", true, new BigDecimal("49.99"), new BigDecimal("49.99"),
                List.of()));
        AgentRun run = new AgentRun("run-1", "t1", "ticket-1", "p-1", "refund_order", RunStatus.COMPLETED, 2, "d-triage", "corr",
                new RefundOrder.RefundPlan("1001", new BigDecimal("49.99"), "USD", EMAIL), state, T0, T0.plusSeconds(60));
        List<RunFacts.Call> calls = List.of(
                new RunFacts.Call(call("get_order", ToolCall.Status.SUCCEEDED), false, order, null),
                new RunFacts.Call(call("issue_refund", ToolCall.Status.SUCCEEDED), true,
                        new Refund("r-1", "1001", Money.of("49.99", "USD"), "Ticket ticket-1", T0), "d-refund"),
                new RunFacts.Call(call("send_notification", ToolCall.Status.SUCCEEDED), false, new NotificationSent("n-1", EMAIL, "email", T0), null),
                new RunFacts.Call(call("apply_discount", ToolCall.Status.REJECTED), true,
                        Map.of("code", "card_declined", "message", "Ann Lee, please call us"), "d-refund"));
        List<Decision> decisions = List.of(
                decision("d-refund", T0.plusSeconds(10), "A refund above the auto-refund limit needs an approver"),
                decision("d-triage", T0, "Refunds go to the refund playbook"));
        Approval approval = new Approval("a-1", "t1", "run-1", 2, "approver", EMAIL, "Refund 49.99 to Ann Lee", "lead", ApprovalOutcome.APPROVED,
                "Ann sent photos", T0, T0.plusSeconds(30), "p-1", submittedBy, null, null, null);
        return new RunFacts(run, "email", submittedBy, "refund_request", "hmac-sha256:ref", T0, calls, decisions, approval);
    }

    private static ToolCall call(String tool, ToolCall.Status status) {
        return new ToolCall("t1", "run-1:" + tool + ":" + tool, "run-1", tool, tool, "{\"customerEmail\":\"" + EMAIL + "\"}", "{}", status, 1,
                "p", "p-1", "w", T0, T0);
    }

    private static Decision decision(String id, Instant at, String rule) {
        return new Decision(id, "t1", "run:run-1", Map.of("customerEmail", EMAIL), "refund_order", 2, true, true, "approver",
                List.of("Above the limit"), List.of(rule), "abc123def456", at);
    }
}

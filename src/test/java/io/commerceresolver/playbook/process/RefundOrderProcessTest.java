package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.kogito.Model;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.auth.SecurityPolicy;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketProcessing;

/** processes/refund_order.bpmn in-process, through the generated Kogito process: its wait state and who may end it. */
@SpringBootTest
@Import(TestStores.class)
class RefundOrderProcessTest {

    @Autowired
    @Qualifier("refund_order")
    Process<? extends Model> refundOrder;
    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketProcessing processing;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    ApprovalInbox approvals;

    String tenantId;

    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aRefundNeedingApprovalWaitsOnATaskOnlyTheApproverRoleSees() {
        AgentRun run = runFor("ravi.kumar@example.in", "Refund $250 for order 1002");
        ProcessInstance<? extends Model> instance = refundOrder.instances().findById(run.processInstanceId()).orElseThrow();

        assertThat(instance.status()).isEqualTo(ProcessInstance.STATE_ACTIVE);
        assertThat(instance.workItems(as("agent-7", "agent"))).isEmpty();
        List<WorkItem> forApprovers = instance.workItems(as("lead@store.example", "approver"));
        assertThat(forApprovers).singleElement()
                .satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()).containsEntry("tenantId", tenantId));
    }

    @Test
    void decidingTheApprovalRunsTheProcessToItsEnd() {
        AgentRun run = runFor("ravi.kumar@example.in", "Refund $250 for order 1002");

        approvals.decide(tenantId, approvals.forRun(tenantId, run.id()).orElseThrow().id(), true, "lead@store.example", null);

        assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(refundOrder.instances().findById(run.processInstanceId()).map(ProcessInstance::status))
                .as("a finished instance is no longer active (Kogito removes it from storage)")
                .satisfiesAnyOf(status -> assertThat(status).isEmpty(),
                        status -> assertThat(status).contains(ProcessInstance.STATE_COMPLETED));
    }

    @Test
    void aRefundTheRulesAllowRunsThroughWithoutWaiting() {
        AgentRun run = runFor("ann@example.com", "Refund $20 for order 1001");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(refundOrder.instances().findById(run.processInstanceId()).map(ProcessInstance::status))
                .satisfiesAnyOf(status -> assertThat(status).isEmpty(),
                        status -> assertThat(status).contains(ProcessInstance.STATE_COMPLETED));
    }

    private AgentRun runFor(String customer, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null).ticketId();
        processing.process(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    private static SecurityPolicy as(String user, String role) {
        return SecurityPolicy.of(IdentityProviders.of(user, List.of(role)));
    }
}

package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * processes/refund_order.bpmn and its authorise subprocess in-process, through the generated Kogito processes: the
 * approval waits in the subprocess's own instance, on a task only the approver role sees, and deciding it runs the
 * refund playbook to its end.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class RefundOrderProcessTest {

    @Autowired
    @Qualifier("refund_order")
    Process<? extends Model> refundOrder;
    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    @Qualifier("authorise")
    Process<? extends Model> authorise;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    ApprovalInbox approvals;

    String tenantId;

    /** Each test works as the store's own requests and workers do: within its tenant. */
    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aRefundNeedingApprovalWaitsOnATaskOnlyTheApproverRoleSees() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("ravi.kumar@example.in", "Refund $250 for order 1002");
            assertThat(refundOrder.instances().findById(run.processInstanceId()).orElseThrow().status())
                    .isEqualTo(ProcessInstance.STATE_ACTIVE);
            String approvalInstance = approvals.forRun(tenantId, run.id()).orElseThrow().processInstanceId();
            ProcessInstance<? extends Model> instance = authorise.instances().findById(approvalInstance).orElseThrow();

            assertThat(instance.status()).isEqualTo(ProcessInstance.STATE_ACTIVE);
            assertThat(instance.workItems(as("agent-7", "agent"))).isEmpty();
            List<WorkItem> forApprovers = instance.workItems(as("lead@store.example", "approver"));
            assertThat(forApprovers).singleElement()
                    .satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()).containsEntry("tenantId", tenantId));
        });
    }

    @Test
    void decidingTheApprovalRunsTheProcessToItsEnd() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("ravi.kumar@example.in", "Refund $250 for order 1002");

            approvals.decide(Caller.user(tenantId, "lead@store.example", Set.of(Role.SENIOR_APPROVER)), approvals.forRun(tenantId, run.id()).orElseThrow().id(), true, null);
            settling.settled(tenantId, run.ticketId());

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(refundOrder.instances().findById(run.processInstanceId()).map(ProcessInstance::status))
                    .as("a finished instance is no longer active (Kogito removes it from storage)")
                    .satisfiesAnyOf(status -> assertThat(status).isEmpty(),
                            status -> assertThat(status).contains(ProcessInstance.STATE_COMPLETED));
        });
    }

    @Test
    void aRefundTheRulesAllowRunsThroughWithoutWaiting() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("ann@example.com", "Refund $20 for order 1001");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(refundOrder.instances().findById(run.processInstanceId()).map(ProcessInstance::status))
                    .satisfiesAnyOf(status -> assertThat(status).isEmpty(),
                            status -> assertThat(status).contains(ProcessInstance.STATE_COMPLETED));
        });
    }

    private AgentRun runFor(String customer, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null, "api-key:test").ticketId();
        settling.settled(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    private static SecurityPolicy as(String user, String role) {
        return SecurityPolicy.of(IdentityProviders.of(user, List.of(role)));
    }
}

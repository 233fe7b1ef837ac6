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
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
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
 * processes/cancel_order.bpmn in-process, through the generated Kogito processes: a cancellation waits on a task only
 * the approver role sees; approving it cancels the order, with its payment returned, read back and verified; rejecting
 * it, or asking for an order that has shipped, changes nothing.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class CancelOrderProcessTest {

    private static final String MARIA = "maria.garcia@example.com";
    private static final String LEAD = "lead@store.example";

    @Autowired
    @Qualifier("cancel_order")
    Process<? extends Model> cancelOrder;
    @Autowired
    @Qualifier("authorise")
    Process<? extends Model> authorise;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    TestStores stores;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    CommerceConnector store;

    String tenantId;

    /** Each test works as the store's own requests and workers do: within its tenant. */
    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aCancellationWaitsOnATaskOnlyTheApproverRoleSees() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "Please cancel my order #1003, I ordered the wrong lamp.");
            assertThat(run.playbook()).isEqualTo("cancel_order");
            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(cancelOrder.instances().findById(run.processInstanceId()).orElseThrow().status())
                    .isEqualTo(ProcessInstance.STATE_ACTIVE);
            String approvalInstance = approvals.forRun(tenantId, run.id()).orElseThrow().processInstanceId();
            ProcessInstance<? extends Model> instance = authorise.instances().findById(approvalInstance).orElseThrow();
            assertThat(instance.workItems(as("agent-7", "agent"))).isEmpty();
            List<WorkItem> forApprovers = instance.workItems(as(LEAD, "approver"));
            assertThat(forApprovers).singleElement().satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()));
            assertThat(order("1003").status()).as("nothing is done before the approval").isEqualTo(OrderStatus.PROCESSING);
        });
    }

    @Test
    void approvingCancelsTheOrderReturnsItsPaymentAndVerifiesBoth() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "Please cancel my order #1003, I ordered the wrong lamp.");

            decide(run, true, null);

            AgentRun done = runs.get(tenantId, run.id());
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().passed()).isTrue();
            assertThat(done.state().getVerification().check()).isEqualTo("order cancelled and its payment returned");
            Order after = order("1003");
            assertThat(after.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(after.refundedTotal()).isEqualByComparingTo(after.total());
            assertThat(done.state().getNotification()).as("the customer is told").isNotNull();
        });
    }

    @Test
    void aRejectedCancellationChangesNothing() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "Please cancel my order #1003, I ordered the wrong lamp.");

            decide(run, false, "The lamp is already packed");

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.DECLINED);
            assertThat(order("1003").status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(order("1003").refundedTotal()).isZero();
        });
    }

    @Test
    void anOrderThatHasShippedIsDeclinedWithoutATask() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("james.oconnor@example.com", "Please cancel my order 1004.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("can no longer be cancelled"));
            assertThat(order("1004").status()).isEqualTo(OrderStatus.SHIPPED);
        });
    }

    private AgentRun runFor(String customer, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null, "api-key:test").ticketId();
        settling.settled(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    private void decide(AgentRun run, boolean approved, String reason) {
        approvals.decide(Caller.user(tenantId, LEAD, Set.of(Role.APPROVER)), approvals.forRun(tenantId, run.id()).orElseThrow().id(),
                approved, reason);
        settling.settled(tenantId, run.ticketId());
    }

    private Order order(String orderId) {
        return store.getOrder(tenantId, orderId).orElseThrow();
    }

    private static SecurityPolicy as(String user, String role) {
        return SecurityPolicy.of(IdentityProviders.of(user, List.of(role)));
    }
}

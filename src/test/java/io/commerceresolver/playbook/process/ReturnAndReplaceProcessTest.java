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
 * processes/return_and_replace.bpmn in-process: a replacement request gets a return label and the same goods again, a
 * return gets a label and the money back; goods worth up to the auto-refund limit (100.00) go at once, dearer ones wait
 * on a task only the approver role sees; a replacement for goods not delivered, or delivered before the return window,
 * is declined without one. Every return is read back from the order before the customer is told.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class ReturnAndReplaceProcessTest {

    private static final String MARIA = "maria.garcia@example.com";
    private static final String ANN = "ann@example.com";
    private static final String LEAD = "lead@store.example";

    @Autowired
    @Qualifier("return_and_replace")
    Process<? extends Model> returns;
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

    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aReplacementOfTheNamedGoodsIsSentWithALabelReadBackAndTold() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "The tee TEE-ORG-BLK-M in order 1030 arrived torn, please send me a replacement.");

            assertThat(run.playbook()).isEqualTo("return_and_replace");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("create_replacement");
            assertThat(run.state().getAuthorisation().amount()).as("the one tee named, not the whole order").isEqualByComparingTo("24.00");
            assertThat(run.state().getVerification().passed()).isTrue();
            assertThat(run.state().getVerification().check()).isEqualTo("return label issued and replacement sent");
            Order after = order("1030");
            assertThat(after.returnLabels()).singleElement().satisfies(label -> assertThat(label.id()).isEqualTo(run.state().getReturnLabel().id()));
            assertThat(after.replacements()).singleElement().satisfies(sent -> assertThat(sent.skus()).containsExactly("TEE-ORG-BLK-M"));
            Order replacement = order(after.replacements().get(0).replacementOrderId());
            assertThat(replacement.status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(replacement.total()).isZero();
            assertThat(after.refundedTotal()).as("a replacement moves no money").isZero();
            assertThat(run.state().getNotification()).as("the customer is told").isNotNull();
        });
    }

    @Test
    void aReturnForTheMoneyGetsALabelAndTheRefundTheRefundRulesAllow() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "I want to return order 1030, please send me a return label.");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("issue_refund");
            assertThat(run.state().getVerification().check()).isEqualTo("return label issued and refund shown");
            Order after = order("1030");
            assertThat(after.returnLabels()).hasSize(1);
            assertThat(after.replacements()).isEmpty();
            assertThat(after.refundedTotal()).as("the whole order comes back").isEqualByComparingTo("48.00");
        });
    }

    @Test
    void dearerGoodsWaitOnATaskOnlyTheApproverRoleSees() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(run.state().getAuthorisation().amount()).as("two hoodies at 60.00").isEqualByComparingTo("120.00");
            assertThat(returns.instances().findById(run.processInstanceId()).orElseThrow().status()).isEqualTo(ProcessInstance.STATE_ACTIVE);
            String approvalInstance = approvals.forRun(tenantId, run.id()).orElseThrow().processInstanceId();
            ProcessInstance<? extends Model> instance = authorise.instances().findById(approvalInstance).orElseThrow();
            assertThat(instance.workItems(as("agent-7", "agent"))).isEmpty();
            List<WorkItem> forApprovers = instance.workItems(as(LEAD, "approver"));
            assertThat(forApprovers).singleElement().satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()));
            assertThat(order("1001").returnLabels()).as("nothing is done before the approval").isEmpty();
        });
    }

    @Test
    void approvingSendsTheLabelAndTheReplacement() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            decide(run, true, null);

            AgentRun done = runs.get(tenantId, run.id());
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().passed()).isTrue();
            assertThat(order("1001").returnLabels()).hasSize(1);
            assertThat(order("1001").replacements()).singleElement()
                    .satisfies(sent -> assertThat(sent.skus()).containsExactly("HOOD-FLC-GRY-L", "HOOD-FLC-GRY-L"));
        });
    }

    @Test
    void aRejectedReplacementChangesNothing() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            decide(run, false, "Ask for photos of the damage first");

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.DECLINED);
            assertThat(order("1001").returnLabels()).isEmpty();
            assertThat(order("1001").replacements()).isEmpty();
        });
    }

    @Test
    void goodsDeliveredBeforeTheReturnWindowAreNotReplaced() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("wei.chen@example.com", "Order 1006: the earbuds stopped working, please send a replacement.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("after the 30-day return window"));
            assertThat(order("1006").returnLabels()).isEmpty();
        });
    }

    @Test
    void goodsNotYetDeliveredAreNotReplaced() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("james.oconnor@example.com", "My power bank from order 1004 is broken, please send a replacement.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("only for goods that were delivered"));
            assertThat(order("1004").replacements()).isEmpty();
        });
    }

    @Test
    void goodsTheOrderDoesNotHaveAreNotTakenBack() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "The throw in order 1030 is the wrong colour, please send me a replacement THROW-COT-BLU.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("THROW-COT-BLU, which is not on order 1030"));
        });
    }

    @Test
    void anOrderThatHasNotShippedHasNothingToSendBack() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(MARIA, "I want to return order 1003, please send me a return label.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("it has not shipped"));
            assertThat(order("1003").refundedTotal()).isZero();
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

package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * processes/return_and_replace.bpmn in-process: a replacement request gets a return label and the same goods again, a
 * return gets a label and the money back; goods worth up to the auto-refund limit (100.00) go at once, dearer ones wait
 * on a task only the approver role sees; a replacement for goods not delivered, or delivered before the return window,
 * is declined without one. Every return is read back from the order before the customer is told.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class ReturnAndReplaceProcessTest {

    private static final String MARIA = "maria.garcia@example.com";
    private static final String ANN = "ann@example.com";

    @Autowired
    @Qualifier("return_and_replace")
    Process<? extends Model> returns;
    @Autowired
    @Qualifier("authorise")
    Process<? extends Model> authorise;
    @Autowired
    TestStores stores;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    PlaybookTickets tickets;

    String tenantId;

    @BeforeEach
    void newStore() {
        tenantId = stores.newStore(Map.of()).tenantId();
    }

    @Test
    void aReplacementOfTheNamedGoodsIsSentWithALabelReadBackAndTold() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "The tee TEE-ORG-BLK-M in order 1030 arrived torn, please send me a replacement.");

            assertThat(run.playbook()).isEqualTo("return_and_replace");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("create_replacement");
            assertThat(run.state().getAuthorisation().amount()).as("the one tee named, not the whole order").isEqualByComparingTo("24.00");
            assertThat(run.state().getVerification().passed()).isTrue();
            assertThat(run.state().getVerification().check()).isEqualTo("return label issued and replacement sent");
            Order after = tickets.order(tenantId, "1030");
            assertThat(after.returnLabels()).singleElement().satisfies(label -> assertThat(label.id()).isEqualTo(run.state().getReturnLabel().id()));
            assertThat(after.replacements()).singleElement().satisfies(sent -> assertThat(sent.skus()).containsExactly("TEE-ORG-BLK-M"));
            Order replacement = tickets.order(tenantId, after.replacements().get(0).replacementOrderId());
            assertThat(replacement.status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(replacement.total()).isZero();
            assertThat(after.refundedTotal()).as("a replacement moves no money").isZero();
            assertThat(run.state().getNotification()).as("the customer is told").isNotNull();
        });
    }

    @Test
    void aReturnForTheMoneyGetsALabelAndTheRefundTheRefundRulesAllow() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "I want to return order 1030, please send me a return label.");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().operation()).isEqualTo("issue_refund");
            assertThat(run.state().getVerification().check()).isEqualTo("return label issued and refund shown");
            Order after = tickets.order(tenantId, "1030");
            assertThat(after.returnLabels()).hasSize(1);
            assertThat(after.replacements()).isEmpty();
            assertThat(after.refundedTotal()).as("the whole order comes back").isEqualByComparingTo("48.00");
        });
    }

    @Test
    void dearerGoodsWaitOnATaskOnlyTheApproverRoleSees() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(run.state().getAuthorisation().amount()).as("two hoodies at 60.00").isEqualByComparingTo("120.00");
            assertThat(returns.instances().findById(run.processInstanceId()).orElseThrow().status()).isEqualTo(ProcessInstance.STATE_ACTIVE);
            String approvalInstance = approvals.forRun(tenantId, run.id()).orElseThrow().processInstanceId();
            ProcessInstance<? extends Model> instance = authorise.instances().findById(approvalInstance).orElseThrow();
            assertThat(instance.workItems(PlaybookTickets.as("agent-7", "agent"))).isEmpty();
            List<WorkItem> forApprovers = instance.workItems(PlaybookTickets.as(PlaybookTickets.APPROVER, "approver"));
            assertThat(forApprovers).singleElement().satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()));
            assertThat(tickets.order(tenantId, "1001").returnLabels()).as("nothing is done before the approval").isEmpty();
        });
    }

    @Test
    void approvingSendsTheLabelAndTheReplacement() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            tickets.decide(tenantId, run, true, null);

            AgentRun done = tickets.run(tenantId, run);
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().passed()).isTrue();
            assertThat(tickets.order(tenantId, "1001").returnLabels()).hasSize(1);
            assertThat(tickets.order(tenantId, "1001").replacements()).singleElement()
                    .satisfies(sent -> assertThat(sent.skus()).containsExactly("HOOD-FLC-GRY-L", "HOOD-FLC-GRY-L"));
        });
    }

    @Test
    void aRejectedReplacementChangesNothing() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Please send a replacement for order 1001, the hoodies arrived torn.");

            tickets.decide(tenantId, run, false, "Ask for photos of the damage first");

            assertThat(tickets.run(tenantId, run).status()).isEqualTo(RunStatus.DECLINED);
            assertThat(tickets.order(tenantId, "1001").returnLabels()).isEmpty();
            assertThat(tickets.order(tenantId, "1001").replacements()).isEmpty();
        });
    }

    @Test
    void goodsDeliveredBeforeTheReturnWindowAreNotReplaced() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "wei.chen@example.com", "Order 1006: the earbuds stopped working, please send a replacement.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("after the 30-day return window"));
            assertThat(tickets.order(tenantId, "1006").returnLabels()).isEmpty();
        });
    }

    @Test
    void goodsNotYetDeliveredAreNotReplaced() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "james.oconnor@example.com", "My power bank from order 1004 is broken, please send a replacement.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("only for goods that were delivered"));
            assertThat(tickets.order(tenantId, "1004").replacements()).isEmpty();
        });
    }

    @Test
    void goodsTheOrderDoesNotHaveAreNotTakenBack() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "The throw in order 1030 is the wrong colour, please send me a replacement THROW-COT-BLU.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("THROW-COT-BLU, which is not on order 1030"));
        });
    }

    @Test
    void anOrderThatHasNotShippedHasNothingToSendBack() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "I want to return order 1003, please send me a return label.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("it has not shipped"));
            assertThat(tickets.order(tenantId, "1003").refundedTotal()).isZero();
        });
    }
}

package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;

/**
 * processes/goodwill_discount.bpmn in-process: the credit is the tenant's goodwill share of the order (10 % by
 * default), whatever the ticket asks; within the auto-goodwill limit (10.00) it is given at once, above it it waits on a
 * task only the approver role sees; past the goodwill limit or on a cancelled order it is declined without one. Every
 * credit given is read back from the order before the customer is told.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class GoodwillDiscountProcessTest {

    private static final String MARIA = "maria.garcia@example.com";
    private static final String ANN = "ann@example.com";

    @Autowired
    @Qualifier("goodwill_discount")
    Process<? extends Model> goodwill;
    @Autowired
    @Qualifier("authorise")
    Process<? extends Model> authorise;
    @Autowired
    TestStores stores;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    PlaybookTickets tickets;

    @Test
    void aCreditWithinTheAutoLimitIsGivenReadBackAndTold() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "My order 1003 is so late. Could I get a discount for the trouble?");

            assertThat(run.playbook()).isEqualTo("goodwill_discount");
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.state().getAuthorisation().amount()).as("10 % of 89.50").isEqualByComparingTo("8.95");
            assertThat(run.state().getVerification().passed()).isTrue();
            assertThat(run.state().getVerification().check()).isEqualTo("order shows the goodwill credit");
            Order after = tickets.order(tenantId, "1003");
            assertThat(after.refundedTotal()).isEqualByComparingTo("8.95");
            assertThat(after.discounts()).singleElement().satisfies(credit -> {
                assertThat(credit.id()).isEqualTo(run.state().getDiscount().id());
                assertThat(credit.amount().amount()).isEqualByComparingTo("8.95");
            });
            assertThat(run.state().getNotification()).as("the customer is told").isNotNull();
        });
    }

    @Test
    void theSumIsTheTenantsShareOfTheOrderNotWhatTheTicketAsksFor() {
        String tenantId = stores.newStore(Map.of("goodwillShare", "0.05")).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "Order 1003 is late. Could I get a discount for the trouble, say $50?");

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(tickets.order(tenantId, "1003").refundedTotal()).as("5 % of 89.50").isEqualByComparingTo("4.48");
        });
    }

    @Test
    void aCreditAboveTheAutoLimitWaitsOnATaskOnlyTheApproverRoleSees() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Order 1001 came a week late. Could I get a discount for the trouble?");

            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(run.state().getAuthorisation().amount()).as("10 % of 120.00").isEqualByComparingTo("12.00");
            String approvalInstance = approvals.forRun(tenantId, run.id()).orElseThrow().processInstanceId();
            ProcessInstance<? extends Model> instance = authorise.instances().findById(approvalInstance).orElseThrow();
            assertThat(instance.workItems(PlaybookTickets.as("agent-7", "agent"))).isEmpty();
            List<WorkItem> forApprovers = instance.workItems(PlaybookTickets.as(PlaybookTickets.APPROVER, "approver"));
            assertThat(forApprovers).singleElement().satisfies(task -> assertThat(task.getParameters()).containsEntry("runId", run.id()));
            assertThat(goodwill.instances().findById(run.processInstanceId()).orElseThrow().status())
                    .isEqualTo(ProcessInstance.STATE_ACTIVE);
            assertThat(tickets.order(tenantId, "1001").refundedTotal()).as("nothing is credited before the approval").isZero();
        });
    }

    @Test
    void approvingCreditsTheOrderAndVerifiesIt() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Order 1001 came a week late. Could I get a discount for the trouble?");

            tickets.decide(tenantId, run, true, null);

            AgentRun done = tickets.run(tenantId, run);
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().passed()).isTrue();
            assertThat(tickets.order(tenantId, "1001").refundedTotal()).isEqualByComparingTo("12.00");
            assertThat(tickets.order(tenantId, "1001").discounts()).hasSize(1);
        });
    }

    @Test
    void aRejectedCreditChangesNothing() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, ANN, "Order 1001 came a week late. Could I get a discount for the trouble?");

            tickets.decide(tenantId, run, false, "The delay was the carrier's, already compensated");

            assertThat(tickets.run(tenantId, run).status()).isEqualTo(RunStatus.DECLINED);
            assertThat(tickets.order(tenantId, "1001").refundedTotal()).isZero();
            assertThat(tickets.order(tenantId, "1001").discounts()).isEmpty();
        });
    }

    @Test
    void aCreditPastTheTenantsGoodwillLimitIsDeclinedWithoutATask() {
        String tenantId = stores.newStore(Map.of("maxGoodwill", "5")).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, MARIA, "My order 1003 is so late. Could I get a discount for the trouble?");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("more than the goodwill limit of 5"));
            assertThat(tickets.order(tenantId, "1003").refundedTotal()).isZero();
        });
    }

    @Test
    void aSecondCreditThatWouldPassTheLimitIsDeclined() {
        String tenantId = stores.newStore(Map.of("maxGoodwill", "15")).tenantId();
        TenantScope.of(tenantId, () -> {
            assertThat(tickets.runFor(tenantId, MARIA, "My order 1003 is so late. Could I get a discount for the trouble?").status())
                    .isEqualTo(RunStatus.COMPLETED);

            AgentRun again = tickets.runFor(tenantId, MARIA, "Order 1003: could I get another discount for the trouble?");

            assertThat(again.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(again.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("would come to 17.90"));
            assertThat(tickets.order(tenantId, "1003").refundedTotal()).isEqualByComparingTo("8.95");
        });
    }

    @Test
    void aCancelledOrderGetsNoCredit() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "sofia.rossi@example.com", "About order 1010: could I get a discount for the trouble?");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(tickets.order(tenantId, "1010").discounts()).isEmpty();
        });
    }

    @Test
    void someoneOtherThanTheCustomerNeedsAnApproverWhateverTheSum() {
        String tenantId = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenantId, () -> {
            AgentRun run = tickets.runFor(tenantId, "someone.else@example.com", "Order 1003 is so late. Could I get a discount for the trouble?");

            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(tickets.order(tenantId, "1003").refundedTotal()).isZero();
        });
    }
}

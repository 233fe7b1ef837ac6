package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
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
 * processes/address_change.bpmn in-process, through the generated Kogito processes: an address the parts of a ticket
 * make up is checked before the rules are asked, waits for an approver, and once approved is written, read back and
 * verified; an address that cannot be shipped to, or an order that has shipped, changes nothing and asks no one.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class})
class AddressChangeProcessTest {

    private static final String ANANYA = "ananya.iyer@example.in";
    private static final String LEAD = "lead@store.example";

    @Autowired
    @Qualifier("address_change")
    Process<? extends Model> addressChange;
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
    void anApprovedChangeIsWrittenReadBackAndVerified() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor(ANANYA, "Please send order 1009 to my office instead: 3rd Floor, Cyber Towers, HITEC City, Hyderabad 500081");
            assertThat(run.playbook()).isEqualTo("address_change");
            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(addressChange.instances().findById(run.processInstanceId()).orElseThrow().status())
                    .isEqualTo(ProcessInstance.STATE_ACTIVE);
            assertThat(order("1009").shippingAddress().city()).as("nothing is written before the approval").isEqualTo("Chennai");

            approvals.decide(Caller.user(tenantId, LEAD, Set.of(Role.APPROVER)), approvals.forRun(tenantId, run.id()).orElseThrow().id(),
                    true, null);
            settling.settled(tenantId, run.ticketId());

            AgentRun done = runs.get(tenantId, run.id());
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().passed()).isTrue();
            Address shipTo = order("1009").shippingAddress();
            assertThat(shipTo).isEqualTo(new Address("Ananya Iyer", "3rd Floor", "Cyber Towers, HITEC City", "Hyderabad", null, "500081", "IN"));
        });
    }

    @Test
    void anAddressThatCannotBeShippedToIsDeclinedBeforeTheRulesAreAsked() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("maria.garcia@example.com", "Please send order 1003 to 10 Downing Street, London SW1A 2AA");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).contains("'SW1A 2AA' is not a postal code of US");
            assertThat(run.state().getAuthorisation().decisionId()).as("no rules were asked").isNull();
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(order("1003").shippingAddress().postalCode()).isEqualTo("78702");
        });
    }

    @Test
    void anOrderThatHasShippedKeepsItsAddress() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("james.oconnor@example.com", "Please send order 1004 to 200 Clarendon St, Boston, MA 02116");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("can no longer be cancelled or re-addressed"));
            assertThat(order("1004").shippingAddress().line1()).isEqualTo("48 Beacon St");
        });
    }

    private AgentRun runFor(String customer, String text) {
        String ticketId = intake.accept(tenantId, new NewTicket("email", null, customer, null, text), null, "api-key:test").ticketId();
        settling.settled(tenantId, ticketId);
        return runs.forTicket(tenantId, ticketId).orElseThrow();
    }

    private Order order(String orderId) {
        return store.getOrder(tenantId, orderId).orElseThrow();
    }
}

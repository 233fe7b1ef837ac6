package io.commerceresolver.playbook.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.kogito.Model;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.auth.SecurityPolicy;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.TenantScope;

/**
 * processes/catalogue_change.bpmn in-process, through the generated Kogito processes and the real rules: a seller's
 * price, promotion, stock or new product waits for an approver; a large price change or a thin margin waits for a
 * senior approver who is not the seller; approving writes it, reads it back and tells the seller; rejecting it, or
 * asking for what cannot be (an unknown SKU, a price in another currency), changes nothing.
 */
@SpringBootTest
@Import({TestStores.class, Settling.class, PlaybookTickets.class})
class CatalogueChangeProcessTest {

    private static final String SELLER = "priya@store.example";
    private static final String LEAD = "lead@store.example";
    private static final String HEAD = "head.of.sales@store.example";

    @Autowired
    @Qualifier("catalogue_change")
    Process<? extends Model> catalogueChange;
    @Autowired
    @Qualifier("authorise")
    Process<? extends Model> authorise;
    @Autowired
    TestStores stores;
    @Autowired
    PlaybookTickets tickets;
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
    void aSmallPriceChangeWaitsForAnApproverAndIsWrittenReadBackAndTold() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please change the price of TEE-ORG-BLK-M to $26.50.");
            assertThat(run.playbook()).isEqualTo("catalogue_change");
            assertThat(run.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
            assertThat(catalogueChange.instances().findById(run.processInstanceId()).orElseThrow().status())
                    .isEqualTo(ProcessInstance.STATE_ACTIVE);
            Approval approval = approval(run);
            assertThat(approval.tier()).isEqualTo(2);
            assertThat(approval.approverRole()).isEqualTo("approver");
            assertThat(approval.summary()).contains("update_price 26.50 USD on SKU TEE-ORG-BLK-M", "24.00 to 26.50 (+10.4 %)");
            assertThat(tasks(approval, "agent-7", "agent")).isEmpty();
            assertThat(tasks(approval, LEAD, "approver")).hasSize(1);
            assertThat(product("TEE-ORG-BLK-M").price()).as("nothing is written before the approval").isEqualByComparingTo("24.00");

            decide(run, LEAD, Role.APPROVER, true, null);

            AgentRun done = runs.get(tenantId, run.id());
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().check()).isEqualTo("product shows the new price");
            assertThat(done.state().getVerification().passed()).isTrue();
            assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("26.50");
            assertThat(done.state().getNotification()).as("the seller is told").isNotNull();
        });
    }

    @Test
    void aLargePriceChangeWaitsForASeniorApproverWhoIsNotTheSeller() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please change the price of TEE-ORG-BLK-M to $36.00, it is selling out.");
            Approval approval = approval(run);
            assertThat(approval.tier()).isEqualTo(3);
            assertThat(approval.approverRole()).isEqualTo("senior_approver");
            assertThat(runs.get(tenantId, run.id()).state().getAuthorisation().reasons())
                    .anySatisfy(reason -> assertThat(reason).contains("more than 20 %: tier 3"));
            assertThat(tasks(approval, LEAD, "approver")).as("an approver is not enough").isEmpty();
            assertThat(tasks(approval, HEAD, "senior_approver")).hasSize(1);

            assertThatThrownBy(() -> decide(run, LEAD, Role.APPROVER, true, null)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> decide(run, SELLER, Role.SENIOR_APPROVER, true, null)).as("the seller may not approve their own change")
                    .isInstanceOf(Forbidden.class).hasMessageContaining("cannot approve it");
            assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("24.00");

            decide(run, HEAD, Role.SENIOR_APPROVER, true, null);

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("36.00");
        });
    }

    @Test
    void aPriceThatLeavesTooThinAMarginWaitsForASeniorApprover() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please lower the price of SOCK-BMB-3PK to $11.25.");

            Approval approval = approval(run);
            assertThat(approval.tier()).isEqualTo(3);
            assertThat(approval.summary()).contains("12.00 to 11.25 (-6.3 %), margin 9.3 %");
            assertThat(runs.get(tenantId, run.id()).state().getAuthorisation().reasons())
                    .anySatisfy(reason -> assertThat(reason).contains("leaves less than 10 % margin"));
        });
    }

    @Test
    void aTenantsOwnThresholdDecidesWhatALargeChangeIs() {
        tenantId = stores.newStore(Map.of("largePriceChange", "0.05")).tenantId();
        TenantScope.of(tenantId, () -> assertThat(approval(runFor("Please change the price of TEE-ORG-BLK-M to $26.50.")).tier())
                .as("10.4 % is above this store's 5 %").isEqualTo(3));
    }

    @Test
    void aRejectedPriceChangeChangesNothing() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please change the price of TEE-ORG-BLK-M to $26.50.");

            decide(run, LEAD, Role.APPROVER, false, "We keep the price until the sale ends");

            AgentRun declined = runs.get(tenantId, run.id());
            assertThat(declined.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(declined.state().getReasons()).anySatisfy(reason -> assertThat(reason).contains("We keep the price"));
            assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("24.00");
        });
    }

    @Test
    void anUnknownSkuIsDeclinedWithoutATask() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please change the price of ABC-XYZ-123 to $20.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).containsExactly("There is no product with SKU ABC-XYZ-123 in the catalogue");
            assertThat(run.state().getNotification()).as("the seller is told why").isNotNull();
        });
    }

    @Test
    void aPriceInAnotherCurrencyIsDeclinedWithoutATask() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Please change the price of TEE-ORG-BLK-M to ₹1999.");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(approvals.forRun(tenantId, run.id())).isEmpty();
            assertThat(run.state().getReasons()).containsExactly("The new price is in INR; SKU TEE-ORG-BLK-M is priced in USD");
            assertThat(product("TEE-ORG-BLK-M").price()).isEqualByComparingTo("24.00");
        });
    }

    @Test
    void aStockCountIsSetAfterApproval() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Inventory count done: set LAMP-BRASS-DSK stock to 14 units.");

            decide(run, LEAD, Role.APPROVER, true, null);

            AgentRun done = runs.get(tenantId, run.id());
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(done.state().getVerification().check()).isEqualTo("product shows the new stock count");
            assertThat(product("LAMP-BRASS-DSK").stock()).isEqualTo(14);
        });
    }

    @Test
    void aPromotionIsJudgedByThePriceBuyersWouldPay() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("Put HOOD-FLC-GRY-L on a 15% off promo from today.");
            assertThat(approval(run).summary()).contains("set_promo_status 51.00 USD on SKU HOOD-FLC-GRY-L", "60.00 to 51.00 (-15.0 %)");

            decide(run, LEAD, Role.APPROVER, true, null);

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(product("HOOD-FLC-GRY-L").promoPercentOff()).isEqualByComparingTo("15");
        });
    }

    @Test
    void aNewProductIsListedAfterApproval() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("New product: Organic Canvas Tote, SKU TOTE-ORG-NAT, price $18, 40 pcs, category Accessories");

            decide(run, LEAD, Role.APPROVER, true, null);

            assertThat(runs.get(tenantId, run.id()).status()).isEqualTo(RunStatus.COMPLETED);
            Product listed = product("TOTE-ORG-NAT");
            assertThat(listed.title()).isEqualTo("Organic Canvas Tote");
            assertThat(listed.price()).isEqualByComparingTo("18.00");
            assertThat(listed.stock()).isEqualTo(40);
            assertThat(listed.category()).isEqualTo("Accessories");
        });
    }

    @Test
    void anExistingSkuIsNotListedAgain() {
        TenantScope.of(tenantId, () -> {
            AgentRun run = runFor("New product: Another Tee, SKU TEE-ORG-BLK-M, price $20, 10 pcs");

            assertThat(run.status()).isEqualTo(RunStatus.DECLINED);
            assertThat(run.state().getReasons()).singleElement().asString().contains("SKU TEE-ORG-BLK-M is already in the catalogue");
        });
    }

    private AgentRun runFor(String text) {
        return tickets.runFor(tenantId, SELLER, text);
    }

    private Approval approval(AgentRun run) {
        return tickets.approval(run);
    }

    private List<org.kie.kogito.process.WorkItem> tasks(Approval approval, String user, String role) {
        return authorise.instances().findById(approval.processInstanceId()).orElseThrow()
                .workItems(SecurityPolicy.of(IdentityProviders.of(user, List.of(role))));
    }

    private void decide(AgentRun run, String who, Role role, boolean approved, String reason) {
        tickets.decide(run, who, role, approved, reason);
    }

    private Product product(String sku) {
        return store.getProduct(tenantId, sku).orElseThrow();
    }
}

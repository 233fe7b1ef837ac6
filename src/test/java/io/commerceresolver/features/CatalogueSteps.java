package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.TicketView;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A seller's catalogue in the store's words: the store and the ticket are the ones {@link TicketSteps} made. */
public class CatalogueSteps {

    @Autowired
    TicketSteps tickets;
    @Autowired
    TestStores stores;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    CommerceConnector store;
    @Autowired
    Settling settling;

    @Given("a store with the demo catalogue")
    public void aStore() {
        tickets.inStore(stores.newStore(Map.of()).tenantId());
    }

    @Given("a store whose large price change share is {bigdecimal}")
    public void aStoreWithLargeChange(BigDecimal share) {
        tickets.inStore(stores.newStore(Map.of("largePriceChange", share.toPlainString())).tenantId());
    }

    @When("{string}, an approver, approves the change")
    public void approverApproves(String approver) {
        decide(approver, Role.APPROVER, true, null);
    }

    @When("{string}, a senior approver, approves the change")
    public void seniorApproves(String approver) {
        decide(approver, Role.SENIOR_APPROVER, true, null);
    }

    @When("{string}, an approver, rejects the change because {string}")
    public void approverRejects(String approver, String reason) {
        decide(approver, Role.APPROVER, false, reason);
    }

    @Then("{string}, an approver, may not approve the change")
    public void approverMayNot(String approver) {
        assertThatThrownBy(() -> decide(approver, Role.APPROVER, true, null)).isInstanceOf(Forbidden.class);
    }

    @Then("{string}, a senior approver, may not approve the change")
    public void seniorMayNot(String approver) {
        assertThatThrownBy(() -> decide(approver, Role.SENIOR_APPROVER, true, null)).isInstanceOf(Forbidden.class);
    }

    @Then("the ticket waits for approval by a {string}")
    public void waitsForApproval(String role) {
        tickets.waitsForApproval(role);
    }

    @Then("the change was made tier 3 by the rule {string}")
    public void tierThreeByRule(String rule) {
        TicketView view = tickets.view();
        assertThat(view.runDecision().tier()).isEqualTo(3);
        assertThat(view.runDecision().firedRules()).contains(rule);
        assertThat(view.approval().tier()).isEqualTo(3);
    }

    @Then("nobody was asked to approve it")
    public void nobodyAsked() {
        assertThat(tickets.view().approval()).isNull();
    }

    @Then("product {string} is priced at {bigdecimal}")
    public void pricedAt(String sku, BigDecimal price) {
        assertThat(product(sku).price()).isEqualByComparingTo(price);
    }

    @Then("product {string} shows {int} in stock")
    public void inStock(String sku, int stock) {
        assertThat(product(sku).stock()).isEqualTo(stock);
    }

    @Then("product {string} runs {bigdecimal} % off")
    public void runsPromotion(String sku, BigDecimal percentOff) {
        assertThat(product(sku).promoPercentOff()).isEqualByComparingTo(percentOff);
    }

    private void decide(String who, Role role, boolean approve, String reason) {
        String tenantId = tickets.tenantId();
        TenantScope.of(tenantId, () -> approvals.decide(Caller.user(tenantId, who, Set.of(role)), tickets.view().approval().id(), approve,
                reason));
        settling.settled(tenantId, tickets.ticketId());
    }

    private Product product(String sku) {
        return TenantScope.of(tickets.tenantId(), () -> store.getProduct(tickets.tenantId(), sku)).orElseThrow();
    }
}

package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketView;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps in the store's words; each calls the application as a ticket source or an approver would. */
public class TicketSteps {

    @Autowired
    TestStores stores;
    @Autowired
    TicketIntake intake;
    @Autowired
    Settling settling;
    @Autowired
    TicketQueries tickets;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    CommerceConnector store;
    @Autowired
    MailOutbox mail;

    private String tenantId;
    private String ticketId;

    @Given("a store whose auto-refund limit is {bigdecimal}")
    public void aStoreWithLimit(BigDecimal limit) {
        tenantId = stores.newStore(Map.of("maxAutoRefund", limit.toPlainString())).tenantId();
    }

    @Given("a store whose goodwill limit is {bigdecimal}")
    public void aStoreWithGoodwillLimit(BigDecimal limit) {
        tenantId = stores.newStore(Map.of("maxGoodwill", limit.toPlainString())).tenantId();
    }

    @Given("a store whose return window is {int} days")
    public void aStoreWithReturnWindow(int days) {
        tenantId = stores.newStore(Map.of("returnWindowDays", Integer.toString(days))).tenantId();
    }

    @Given("a store that acts only on readings with a confidence of at least {double}")
    public void aStoreWithMinimumConfidence(double minimum) {
        tenantId = stores.newStore(Map.of("minIntentConfidence", Double.toString(minimum))).tenantId();
    }

    @When("{string} writes {string}")
    public void customerWrites(String email, String text) {
        ticketId = asStore(() -> intake.accept(tenantId, new NewTicket("email", null, email, null, text), null, "api-key:test").ticketId());
        settling.settled(tenantId, ticketId);
    }

    @When("{string} approves the cancellation")
    public void approvesCancellation(String approver) {
        approves(approver);
    }

    @When("{string} rejects the cancellation because {string}")
    public void rejectsCancellation(String approver, String reason) {
        rejects(approver, reason);
    }

    @When("{string} approves the address change")
    public void approvesAddressChange(String approver) {
        approves(approver);
    }

    @When("{string} approves the refund")
    @When("{string} approves the goodwill credit")
    @When("{string} approves the replacement")
    public void approves(String approver) {
        asStore(() -> approvals.decide(Caller.user(tenantId, approver, Set.of(Role.SENIOR_APPROVER)), view().approval().id(), true, null));
        settling.settled(tenantId, ticketId);
    }

    @When("{string} rejects the refund because {string}")
    @When("{string} rejects the goodwill credit because {string}")
    @When("{string} rejects the replacement because {string}")
    public void rejects(String approver, String reason) {
        asStore(() -> approvals.decide(Caller.user(tenantId, approver, Set.of(Role.SENIOR_APPROVER)), view().approval().id(), false, reason));
        settling.settled(tenantId, ticketId);
    }

    @Then("the ticket is resolved")
    public void resolved() {
        assertThat(view().ticket().status().name()).isEqualTo("RESOLVED");
    }

    @Then("the ticket is declined")
    public void declined() {
        assertThat(view().ticket().status().name()).isEqualTo("DECLINED");
    }

    @Then("the ticket needs a person")
    public void needsHuman() {
        assertThat(view().ticket().status().name()).isEqualTo("NEEDS_HUMAN");
    }

    @Then("the ticket needs a person because {string}")
    public void needsHumanBecause(String why) {
        assertThat(view().ticket().status().name()).isEqualTo("NEEDS_HUMAN");
        assertThat(view().ticket().statusDetail()).contains(why);
    }

    @Then("the ticket was read as {word}")
    public void readAs(String intent) {
        assertThat(view().ticket().intent().intent().code()).isEqualTo(intent);
    }

    @Then("the reading names no amount")
    public void readingNamesNoAmount() {
        assertThat(view().ticket().intent().entities().amounts()).isEmpty();
    }

    @Then("the ticket waits for approval by an {string}")
    public void waitsForApproval(String role) {
        TicketView view = view();
        assertThat(view.ticket().status().name()).isEqualTo("WAITING_APPROVAL");
        assertThat(view.approval().approverRole()).isEqualTo(role);
    }

    @Then("order {string} shows {bigdecimal} refunded")
    public void orderShowsRefunded(String orderId, BigDecimal refunded) {
        assertThat(asStore(() -> store.getOrder(tenantId, orderId)).orElseThrow().refundedTotal()).isEqualByComparingTo(refunded);
    }

    @Then("order {string} shows a goodwill credit of {bigdecimal}")
    public void orderShowsGoodwill(String orderId, BigDecimal amount) {
        Order order = order(orderId);
        assertThat(order.discounts()).singleElement().satisfies(credit -> assertThat(credit.amount().amount()).isEqualByComparingTo(amount));
        assertThat(order.refundedTotal()).as("a credit is paid back").isGreaterThanOrEqualTo(amount);
    }

    @Then("order {string} shows no goodwill credit")
    public void orderShowsNoGoodwill(String orderId) {
        assertThat(order(orderId).discounts()).isEmpty();
    }

    @Then("order {string} has a return label")
    public void orderHasReturnLabel(String orderId) {
        assertThat(order(orderId).returnLabels()).hasSize(1);
    }

    @Then("order {string} has no return label")
    public void orderHasNoReturnLabel(String orderId) {
        assertThat(order(orderId).returnLabels()).isEmpty();
    }

    @Then("order {string} is replaced by a new order of {string}")
    public void orderIsReplaced(String orderId, String skus) {
        assertThat(order(orderId).replacements()).singleElement().satisfies(sent -> {
            assertThat(String.join(", ", sent.skus())).isEqualTo(skus);
            assertThat(asStore(() -> store.getOrder(tenantId, sent.replacementOrderId()))).isPresent();
        });
    }

    @Then("order {string} is not replaced")
    public void orderIsNotReplaced(String orderId) {
        assertThat(order(orderId).replacements()).isEmpty();
    }

    @Then("order {string} is cancelled")
    public void orderIsCancelled(String orderId) {
        assertThat(asStore(() -> store.getOrder(tenantId, orderId)).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Then("order {string} is not cancelled")
    public void orderIsNotCancelled(String orderId) {
        assertThat(asStore(() -> store.getOrder(tenantId, orderId)).orElseThrow().status()).isNotEqualTo(OrderStatus.CANCELLED);
    }

    @Then("order {string} ships to {string}")
    public void orderShipsTo(String orderId, String address) {
        Address to = asStore(() -> store.getOrder(tenantId, orderId)).orElseThrow().shippingAddress();
        assertThat(Stream.of(to.line1(), to.line2(), to.city(), to.region(), to.postalCode(), to.country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "))).isEqualTo(address);
    }

    @Then("{string} is told {string}")
    public void customerIsTold(String email, String words) {
        assertThat(asStore(() -> mail.findByTenant(tenantId))).anySatisfy(m -> {
            assertThat(m.toAddress()).isEqualTo(email);
            assertThat(m.body()).contains(words);
        });
    }

    @Then("the playbook was stopped by the rule {string}")
    public void stoppedByRule(String rule) {
        TicketView view = view();
        assertThat(view.runDecision().allowed()).isFalse();
        assertThat(view.runDecision().firedRules()).contains(rule);
    }

    @Then("nobody is told anything")
    public void nobodyIsTold() {
        assertThat(asStore(() -> mail.findByTenant(tenantId))).isEmpty();
    }

    @Then("the refund was allowed by the rule {string}")
    @Then("the goodwill credit was allowed by the rule {string}")
    @Then("the replacement was allowed by the rule {string}")
    public void allowedByRule(String rule) {
        TicketView view = view();
        assertThat(view.runDecision().allowed()).isTrue();
        assertThat(view.runDecision().firedRules()).contains(rule);
    }

    private Order order(String orderId) {
        return asStore(() -> store.getOrder(tenantId, orderId)).orElseThrow();
    }

    TicketView view() {
        return asStore(() -> tickets.view(tenantId, ticketId));
    }

    /** For the other steps of a scenario: the store it works in, and its ticket. */
    void inStore(String tenant) {
        tenantId = tenant;
    }

    String tenantId() {
        return tenantId;
    }

    String ticketId() {
        return ticketId;
    }

    /** As the store's own requests and workers do: within its tenant (on PostgreSQL the database shows only its rows). */
    private <T> T asStore(Supplier<T> work) {
        return TenantScope.of(tenantId, work);
    }

    private void asStore(Runnable work) {
        TenantScope.of(tenantId, work);
    }
}

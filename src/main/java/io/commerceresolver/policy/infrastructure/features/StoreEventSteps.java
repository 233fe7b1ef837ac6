package io.commerceresolver.policy.infrastructure.features;

import java.math.BigDecimal;
import java.util.Map;

import io.commerceresolver.policy.StoreEvent;
import io.commerceresolver.policy.StoreEventVerdict;
import io.commerceresolver.policy.infrastructure.DroolsPolicyEngine;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * The steps of features/policy/store_events.feature: a change the store's platform reports, put to the rule set under
 * test ({@link RuleSetUnderTest}), and the tickets it opens. Cucumber makes a new instance for every scenario.
 */
public class StoreEventSteps {

    private static final String TENANT = "policy-features";

    private StoreEvent change;
    private StoreEventVerdict verdict;

    @Given("the store's platform reports a payment dispute of {bigdecimal} {word} on order {string}, which is {word}")
    public void aDispute(BigDecimal amount, String currency, String orderId, String status) {
        change = new StoreEvent("stripe", "dispute", "dp_feature", orderId, status, status, null, "fraudulent", amount, currency, null);
    }

    @Given("the store's platform reports order {string} of {bigdecimal} {word} as {word}")
    public void anOrder(String orderId, BigDecimal total, String currency, String status) {
        change = new StoreEvent("shopify", "order", orderId, orderId, status, status, "paid", null, total, currency, null);
    }

    @When("the rules hear of the change")
    public void react() {
        check(change != null, "no change: say 'Given the store's platform reports ...' first");
        verdict = new DroolsPolicyEngine(RuleSetUnderTest.current()).react(TENANT, change, Map.of());
    }

    @Then("the change opens a ticket asking for {string}")
    public void opensATicket(String intent) {
        check(verdict().tickets().size() == 1 && verdict().tickets().get(0).intent().equals(intent),
                "expected one ticket asking for " + intent + ", was " + describe());
    }

    @Then("the ticket says why: {string}")
    public void theTicketSaysWhy(String words) {
        check(verdict().tickets().stream().flatMap(ticket -> ticket.reasons().stream()).anyMatch(reason -> reason.contains(words)),
                "expected a reason saying '" + words + "', was " + describe());
    }

    @Then("the change opens no ticket")
    public void opensNoTicket() {
        check(verdict().tickets().isEmpty(), "expected no ticket, was " + describe());
    }

    private StoreEventVerdict verdict() {
        check(verdict != null, "the change was not put to the rules: a 'When the rules hear of the change' step is missing");
        return verdict;
    }

    private String describe() {
        return verdict.tickets() + "; rules fired: " + verdict.firedRules();
    }

    /** Plain Java, so the glue runs where no test library is on the class path (inside the service). */
    private static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}

package io.commerceresolver.policy.infrastructure.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentJudgement;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.policy.Tier;
import io.commerceresolver.policy.Verdict;
import io.commerceresolver.policy.infrastructure.DroolsPolicyEngine;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * The steps of the policy features (features/policy/): the Givens describe the operation and what is known around
 * it, each When puts one operation to the rule set under test ({@link RuleSetUnderTest}), the Thens read the verdict.
 * Cucumber makes a new instance for every scenario.
 */
public class PolicySteps {

    private static final String TENANT = "policy-features";

    private Actor actor;
    private String orderId;
    private BigDecimal orderTotal;
    private BigDecimal refundedTotal = BigDecimal.ZERO;
    private String orderStatus;
    private String customerEmail;
    private String orderCurrency;
    private Integer deliveredDaysAgo;
    private Requester requester;
    private final List<PastRefund> refundsLast24h = new ArrayList<>();
    private int refundsLast30d;
    private boolean conversationReported;
    private BigDecimal stress;
    private Integer sessionMinutes;
    private boolean voiceOptOut;
    private BigDecimal amountInvolved;
    private String currencyInvolved;
    private final Map<String, String> tenantSettings = new LinkedHashMap<>();
    private TicketTriage ticket;
    private RuleEvaluation evaluation;
    private Handoff handoff;
    private HandoffRouting routing;
    private Shipment shipment;
    private ShipmentJudgement judgement;

    /** "2 WRITE": the number decides, the name must agree with it. */
    @ParameterType("[0-3] (?:READ|NOTIFY|WRITE|BULK)")
    public Integer tier(String text) {
        int level = Integer.parseInt(text.substring(0, 1));
        check(Tier.of(level).name().equals(text.substring(2)), "tier " + level + " is " + Tier.of(level) + ", not " + text.substring(2));
        return level;
    }

    /** "on time", "late", "lost", as the shipment rules' codes. */
    @ParameterType("on time|late|lost")
    public String shipmentStanding(String text) {
        return text.replace(' ', '_');
    }

    // ---- who acts, and for whom

    @Given("the actor is {string}, acting as {word}")
    public void theActor(String id, String role) {
        actor = new Actor(id, role);
    }

    @Given("the request comes from {string}")
    public void theRequester(String email) {
        requester = new Requester(email);
    }

    // ---- the order

    @Given("an order {string} of {bigdecimal} {word} placed by {string}")
    public void anOrder(String id, BigDecimal total, String currency, String email) {
        orderId = id;
        orderTotal = total;
        orderCurrency = currency;
        customerEmail = email;
        orderStatus = "processing";
    }

    @Given("the order is {word}")
    public void theOrderIs(String status) {
        check(!status.equals("delivered"), "say when: 'the order was delivered N days ago'");
        orderStatus = status;
    }

    @Given("the order was delivered {int} day(s) ago")
    public void theOrderWasDelivered(int days) {
        orderStatus = "delivered";
        deliveredDaysAgo = days;
    }

    @Given("the order has not been delivered yet")
    public void theOrderIsNotDelivered() {
        check(!"delivered".equals(orderStatus), "the order was said to be delivered");
        deliveredDaysAgo = null;
    }

    @Given("{bigdecimal} of the order has already been refunded")
    public void alreadyRefunded(BigDecimal amount) {
        refundedTotal = amount;
    }

    // ---- the customer's refund history

    @Given("the customer has had {int} refund(s) in the last 30 days")
    public void refundsIn30Days(int count) {
        refundsLast30d = count;
    }

    @Given("a refund of {bigdecimal} on order {string} was issued in the last 24 hours")
    public void aRecentRefund(BigDecimal amount, String order) {
        refundsLast24h.add(new PastRefund(order, amount));
    }

    // ---- the conversation

    @Given("the caller's stress level is {bigdecimal}")
    public void stress(BigDecimal level) {
        conversationReported = true;
        stress = level;
    }

    @Given("the conversation has lasted {int} minute(s)")
    public void sessionMinutes(int minutes) {
        conversationReported = true;
        sessionMinutes = minutes;
    }

    @Given("the customer has opted out of voice analysis")
    public void optedOut() {
        conversationReported = true;
        voiceOptOut = true;
    }

    @Given("no conversation is reported")
    public void noConversation() {
        conversationReported = false;
    }

    // ---- the tenant

    @Given("the tenant has set {string} to {string}")
    public void tenantSetting(String name, String value) {
        tenantSettings.put(name, value);
    }

    @Given("any amount involved is {bigdecimal} {word}")
    public void amountInvolved(BigDecimal amount, String currency) {
        amountInvolved = amount;
        currencyInvolved = currency;
    }

    // ---- a ticket, as the reader read it

    @Given("a ticket read as {word} with confidence {double}, naming order {string}")
    public void ticketNamingOrder(String intent, double confidence, String orderId) {
        ticket = new TicketTriage(intent, confidence, orderId);
    }

    @Given("a ticket read as {word} with confidence {double}, naming no order")
    public void ticketNamingNoOrder(String intent, double confidence) {
        ticket = new TicketTriage(intent, confidence, null);
    }

    @When("the ticket is triaged")
    public void triage() {
        check(ticket != null, "no ticket: say 'Given a ticket read as <intent> with confidence <c>, ...' first");
        evaluation = new DroolsPolicyEngine(RuleSetUnderTest.current()).triage(TENANT, ticket, tenantSettings);
    }

    @Then("it goes to the {word} playbook")
    public void goesToPlaybook(String playbook) {
        check(playbook.equals(verdict().getPlaybook()), "expected the " + playbook + " playbook, was " + describe());
    }

    @Then("it goes to a person")
    public void goesToAPerson() {
        check("human_handoff".equals(verdict().getPlaybook()), "expected the human_handoff playbook (a person handles it), was " + describe());
    }

    // ---- a ticket handed to a person, and whom it goes to

    @Given("a ticket handed to a person because {word}, read as {word} in {word}")
    public void aHandoff(String cause, String intent, String language) {
        handoff = new Handoff(cause, intent, language, null, 0.9, true);
    }

    @When("the handoff is routed")
    public void routeHandoff() {
        check(handoff != null, "no handoff: say 'Given a ticket handed to a person because <cause>, read as <intent> in <language>' first");
        routing = new DroolsPolicyEngine(RuleSetUnderTest.current()).route(TENANT, handoff, tenantSettings);
    }

    @Then("it goes to the {word} team")
    public void goesToTeam(String team) {
        check(team.equals(routing().team()) && routing().person() == null, "expected the " + team + " team, was " + describeRouting());
    }

    @Then("it goes to {string} by name")
    public void goesToPerson(String person) {
        check(person.equals(routing().person()), "expected " + person + " by name, was " + describeRouting());
    }

    @Then("it goes to someone who reads {word}")
    public void goesToReaderOf(String language) {
        check(language.equals(routing().language()), "expected someone who reads " + language + ", was " + describeRouting());
    }

    @Then("it may go to anyone of the team, whatever they read")
    public void anyLanguage() {
        check(routing().language() == null, "expected no language to be asked for, was " + describeRouting());
    }

    private HandoffRouting routing() {
        check(routing != null, "no handoff was routed: a 'When the handoff is routed' step is missing");
        return routing;
    }

    private String describeRouting() {
        return (routing.person() != null ? "person " + routing.person() : "team " + routing.team())
                + (routing.language() == null ? "" : ", reading " + routing.language()) + "; rules fired: " + routing.firedRules();
    }

    // ---- a shipment, against what the shop promised

    @Given("a shipment on its way, {int} whole day(s) past its promised date")
    public void aShipmentPastItsPromise(int days) {
        shipment = new Shipment(true, false, days);
    }

    @Given("a shipment on its way, its promised date not yet passed")
    public void aShipmentWithinItsPromise() {
        shipment = new Shipment(true, false, null);
    }

    @Given("a shipment on its way that its carrier reports lost, {int} whole day(s) past its promised date")
    public void aLostShipment(int days) {
        shipment = new Shipment(true, true, days);
    }

    @Given("a shipment that was delivered, {int} whole day(s) after its promised date, though its carrier once reported it lost")
    public void aDeliveredShipment(int days) {
        shipment = new Shipment(false, true, days);
    }

    @When("the shipment is judged")
    public void judgeShipment() {
        check(shipment != null, "no shipment: say 'Given a shipment on its way, ...' first");
        judgement = new DroolsPolicyEngine(RuleSetUnderTest.current()).judge(TENANT, shipment, tenantSettings);
    }

    @Then("the shipment is {shipmentStanding}")
    public void shipmentIs(String standing) {
        check(judgement != null, "no shipment was judged: a 'When the shipment is judged' step is missing");
        check(standing.equals(judgement.standing()), "expected the shipment to be " + standing + ", was " + judgement.standing()
                + "; rules fired: " + judgement.firedRules());
    }

    // ---- the operation, put to the rules

    @When("the actor asks for {string}")
    public void asksFor(String type) {
        decide(type, amountInvolved, currencyInvolved, 1, null, null, null, null);
    }

    @When("the actor asks for {string} affecting {int} record(s)")
    public void asksForAffecting(String type, int records) {
        decide(type, amountInvolved, currencyInvolved, records, null, null, null, null);
    }

    @When("the actor asks to refund {bigdecimal}")
    public void asksToRefund(BigDecimal amount) {
        decide("issue_refund", amount, orderCurrency, 1, null, null, null, null);
    }

    @When("the actor asks to refund {bigdecimal} {word}")
    public void asksToRefundIn(BigDecimal amount, String currency) {
        decide("issue_refund", amount, currency, 1, null, null, null, null);
    }

    @When("the actor asks to cancel the order")
    public void asksToCancel() {
        decide("cancel_order", null, null, 1, null, null, null, null);
    }

    @When("the actor asks to change the order's delivery address")
    public void asksToChangeAddress() {
        decide("update_address", null, null, 1, null, null, null, null);
    }

    @When("the actor asks to send the order's details to the requester")
    public void asksToNotify() {
        decide("send_notification", null, null, 1, null, null, null, null);
    }

    @When("the actor asks to change the price of {string} from {bigdecimal} to {bigdecimal}")
    public void asksToChangePrice(String sku, BigDecimal oldPrice, BigDecimal newPrice) {
        decide("update_price", null, null, 1, sku, oldPrice, newPrice, null);
    }

    @When("the actor asks to change the price of {string} from {bigdecimal} to {bigdecimal}, at a unit cost of {bigdecimal}")
    public void asksToChangePriceAtCost(String sku, BigDecimal oldPrice, BigDecimal newPrice, BigDecimal cost) {
        decide("update_price", null, null, 1, sku, oldPrice, newPrice, cost);
    }

    @When("the actor asks to change the prices of {int} products at once")
    public void asksForBulkPriceChange(int products) {
        decide("bulk_price_change", null, null, products, null, null, null, null);
    }

    // ---- the verdict

    @Then("the operation is tier {tier}")
    public void theTierIs(int tier) {
        check(verdict().getTier() == tier, "expected tier " + Tier.of(tier).ordinal() + " " + Tier.of(tier) + ", was " + describe());
    }

    @Then("the operation is allowed")
    public void isAllowed() {
        check(verdict().isAllowed(), "expected the operation to be allowed, was " + describe());
    }

    /** A denial is final: nothing is sent for approval. */
    @Then("the operation is denied")
    public void isDenied() {
        check(!verdict().isAllowed() && !verdict().isApprovalRequired() && verdict().getApproverRole() == null,
                "expected the operation to be denied (no approval, no approver), was " + describe());
    }

    @Then("it needs no approval")
    public void needsNoApproval() {
        check(!verdict().isApprovalRequired() && verdict().getApproverRole() == null, "expected no approval, was " + describe());
    }

    @Then("it needs approval by a(n) {word}")
    public void needsApprovalBy(String role) {
        check(verdict().isAllowed() && verdict().isApprovalRequired() && role.equals(verdict().getApproverRole()),
                "expected approval by " + role + ", was " + describe());
    }

    @Then("the approver must be someone other than {string}")
    public void approverIsNot(String actorId) {
        check(verdict().getReasons().stream().anyMatch(r -> r.contains("someone other than " + actorId)),
                "expected the reasons to say the approver must be someone other than " + actorId + ", were " + verdict().getReasons());
    }

    @Then("the rule {string} fired")
    public void ruleFired(String rule) {
        check(firedRules().contains(rule), "expected the rule \"" + rule + "\" to fire; fired: " + firedRules());
    }

    @Then("the rule {string} did not fire")
    public void ruleDidNotFire(String rule) {
        check(!firedRules().contains(rule), "expected the rule \"" + rule + "\" not to fire; fired: " + firedRules());
    }

    /** Of the handoff routed or the shipment judged, or else of the ticket triaged or the operation decided. */
    private List<String> firedRules() {
        return routing != null ? routing.firedRules() : judgement != null ? judgement.firedRules() : evaluation().firedRules();
    }

    // ----

    private void decide(String type, BigDecimal amount, String currency, int records, String sku, BigDecimal oldPrice,
                        BigDecimal newPrice, BigDecimal cost) {
        check(actor != null, "no actor: say 'Given the actor is \"...\", acting as <role>' first");
        OrderFacts order = orderId == null ? null
                : new OrderFacts(orderId, orderTotal, refundedTotal, orderStatus, customerEmail, orderCurrency, deliveredDaysAgo);
        ConversationContext context = conversationReported ? new ConversationContext(stress, sessionMinutes, voiceOptOut) : null;
        OperationRequest request = new OperationRequest(type, amount, currency, records, orderId, sku, oldPrice, newPrice, cost, actor,
                order, requester, new History(refundsLast24h, refundsLast30d), context);
        evaluation = new DroolsPolicyEngine(RuleSetUnderTest.current()).evaluate(TENANT, request, tenantSettings);
    }

    private RuleEvaluation evaluation() {
        check(evaluation != null, "no operation was put to the rules: a 'When the actor asks ...' step is missing");
        return evaluation;
    }

    private Verdict verdict() {
        return evaluation().verdict();
    }

    private String describe() {
        Verdict verdict = verdict();
        return (verdict.getPlaybook() == null ? "" : "playbook " + verdict.getPlaybook() + ", ")
                + "tier " + verdict.getTier() + ", " + (verdict.isAllowed() ? "allowed" : "denied")
                + (verdict.isApprovalRequired() ? ", approval by " + verdict.getApproverRole() : ", no approval")
                + "; rules fired: " + evaluation.firedRules();
    }

    /** Plain Java, so the glue runs where no test library is on the class path (inside the service). */
    private static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}

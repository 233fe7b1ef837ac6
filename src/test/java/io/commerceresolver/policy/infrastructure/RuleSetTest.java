package io.commerceresolver.policy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.Operation;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.policy.TicketTriage;

/**
 * The real rule set in rules/, compiled through the same KIE API the application uses, asked through
 * {@link PolicyService}: no Spring, so a rule change is checked in milliseconds. Amounts sit on both sides of
 * every threshold, because an off-by-one-cent rule is the bug that costs money.
 */
class RuleSetTest {

    static final Path RULES = Path.of("rules");
    static final Path KMODULE = Path.of("kie-config/kmodule.xml");
    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    static final String TENANT = "tenant-a";
    static final String CUSTOMER = "ann@example.com";

    static CompiledRuleSet ruleSet;

    RecordedDecisions decisions;
    PolicyService policy;

    @BeforeAll
    static void compileTheRuleSetOnce() {
        ruleSet = compiler().compile(RULES);
    }

    @BeforeEach
    void policyOverTheRealRules() {
        decisions = new RecordedDecisions();
        policy = new PolicyService(new DroolsPolicyEngine(ruleSet), decisions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Nested
    class Triage {

        @Test
        void aRefundRequestForANamedOrderGoesToTheRefundPlaybookAsAWrite() {
            Decision decision = triage("refund_request", "1001");

            assertThat(decision.playbook()).isEqualTo("refund_order");
            assertThat(decision.tier()).isEqualTo(2);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.firedRules()).contains("A refund request for a named order goes to the refund playbook");
        }

        @Test
        void anOrderStatusQuestionIsARead() {
            Decision decision = triage("order_status", "1001");

            assertThat(decision.playbook()).isEqualTo("order_status");
            assertThat(decision.tier()).isZero();
            assertThat(decision.firedRules()).contains("An order status question is a read");
        }

        @ParameterizedTest
        @CsvSource({"address_change, address_change", "cancel_order, cancel_order"})
        void otherWritesToANamedOrderGetTheirPlaybookAtTierTwo(String intent, String playbook) {
            Decision decision = triage(intent, "1001");

            assertThat(decision.playbook()).isEqualTo(playbook);
            assertThat(decision.tier()).isEqualTo(2);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void aTicketThatNamesNoOrderGetsNoPlaybook(String orderId) {
            Decision decision = triage("refund_request", orderId);

            assertThat(decision.playbook()).isNull();
            assertThat(decision.tier()).isZero();
            assertThat(decision.firedRules()).contains("A ticket that names no order goes to a person")
                    .doesNotContain("A refund request for a named order goes to the refund playbook");
        }

        @Test
        void anUnrecognisedRequestGetsNoPlaybookEvenWithAnOrder() {
            Decision decision = triage("other", "1001");

            assertThat(decision.playbook()).isNull();
            assertThat(decision.tier()).isZero();
            assertThat(decision.firedRules()).contains("A ticket whose request is not recognised goes to a person");
        }

        @Test
        void theTriageIsRecordedWithWhatWasAsked() {
            Decision decision = triage("refund_request", "1001");

            assertThat(decisions.saved).containsExactly(decision);
            assertThat(decision.tenantId()).isEqualTo(TENANT);
            assertThat(decision.subject()).isEqualTo("ticket:T-1");
            assertThat(decision.input()).containsEntry("intent", "refund_request").containsEntry("orderId", "1001");
            assertThat(decision.ts()).isEqualTo(NOW);
        }

        private Decision triage(String intent, String orderId) {
            return policy.triage(TENANT, "T-1", new TicketTriage(intent, 0.9, orderId), Map.of());
        }
    }

    @Nested
    class Refunds {

        @Test
        void aRefundAtExactlyTheDefaultLimitAskedForByTheCustomerIsApprovedAutomatically() {
            // the customer writes from the same address in other case: mail systems treat them as one
            Decision decision = refund("100.00", order("500.00", "0.00"), "Ann@Example.COM");

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.approvalRequired()).isFalse();
            assertThat(decision.approverRole()).isNull();
            assertThat(decision.tier()).isEqualTo(2);
        }

        @Test
        void oneCentAboveTheDefaultLimitNeedsAnApprover() {
            Decision decision = refund("100.01", order("500.00", "0.00"), CUSTOMER);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.approverRole()).isEqualTo("approver");
            assertThat(decision.firedRules()).contains("A refund above the tenant's auto-refund limit needs approval");
        }

        @Test
        void theTenantsOwnLimitReplacesTheDefault() {
            Map<String, String> settings = Map.of("maxAutoRefund", "250");

            Decision within = refund("200.00", order("500.00", "0.00"), CUSTOMER, settings);
            Decision atTheLimit = refund("250.00", order("500.00", "0.00"), CUSTOMER, settings);
            Decision above = refund("250.01", order("500.00", "0.00"), CUSTOMER, settings);

            assertThat(within.approvalRequired()).isFalse();
            assertThat(within.firedRules()).doesNotContain("The auto-refund limit is 100.00 unless the tenant sets its own");
            assertThat(atTheLimit.approvalRequired()).isFalse();
            assertThat(above.approvalRequired()).isTrue();
        }

        @Test
        void aTenantLimitThatIsNotANumberLeavesTheDefaultInForce() {
            // failing safe: a typo in a setting must not lift the limit
            Decision decision = refund("200.00", order("500.00", "0.00"), CUSTOMER, Map.of("maxAutoRefund", "lots"));

            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.firedRules()).contains("The auto-refund limit is 100.00 unless the tenant sets its own");
        }

        @Test
        void aRequesterWhoIsNotTheCustomerNeedsAnApproverWhateverTheAmount() {
            Decision decision = refund("10.00", order("500.00", "0.00"), "someone.else@example.com");

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.approverRole()).isEqualTo("approver");
            assertThat(decision.firedRules())
                    .contains("A refund asked for by someone other than the order's customer needs approval");
        }

        @Test
        void theWholeRefundableBalanceMayBeRefunded() {
            // total 120.00 of which 50.00 already refunded: 70.00 is left
            Decision decision = refund("70.00", order("120.00", "50.00"), CUSTOMER);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.approvalRequired()).isFalse();
        }

        @Test
        void aRefundAboveTheRefundableBalanceIsDeniedAndAsksNoOne() {
            Decision decision = refund("70.01", order("120.00", "50.00"), CUSTOMER);

            assertDenied(decision, "A refund above the order's refundable balance is denied");
        }

        @Test
        void aDenialIsFinalEvenWhenTheAmountIsAlsoAboveTheLimit() {
            Decision decision = refund("150.00", order("120.00", "0.00"), CUSTOMER);

            assertDenied(decision, "A refund above the order's refundable balance is denied");
            assertThat(decision.firedRules()).contains("A refund above the tenant's auto-refund limit needs approval");
        }

        @Test
        void aDenialIsFinalEvenWhenAnotherRuleInsistsOnApproval() {
            Decision decision = refund("150.00", order("120.00", "0.00"), "someone.else@example.com");

            assertDenied(decision, "A refund above the order's refundable balance is denied");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.00", "0", "-5.00"})
        void aRefundOfNothingOrLessIsDenied(String amount) {
            assertDenied(refund(amount, order("120.00", "0.00"), CUSTOMER), "A refund of nothing is denied");
        }

        @Test
        void aRefundWithoutAnAmountIsDenied() {
            Decision decision = policy.decide(TENANT, "order:1001", new Operation("issue_refund", null, "USD", "1001"),
                    order("120.00", "0.00"), new Requester(CUSTOMER), Map.of());

            assertDenied(decision, "A refund of nothing is denied");
        }

        @Test
        void aRefundOnACancelledOrderIsDenied() {
            OrderFacts cancelled = new OrderFacts("1001", new BigDecimal("120.00"), BigDecimal.ZERO, "cancelled",
                    CUSTOMER, "USD", null);

            assertDenied(refund("10.00", cancelled, CUSTOMER), "A refund on a cancelled order is denied");
        }

        @Test
        void aRefundInAnotherCurrencyThanTheOrdersIsDenied() {
            Decision decision = policy.decide(TENANT, "order:1001",
                    new Operation("issue_refund", new BigDecimal("10.00"), "EUR", "1001"), order("120.00", "0.00"),
                    new Requester(CUSTOMER), Map.of());

            assertDenied(decision, "A refund in another currency than the order's is denied");
        }

        @Test
        void anAllowedRefundNamesTheRulesThatDecidedIt() {
            Decision decision = refund("20.00", order("120.00", "0.00"), CUSTOMER);

            assertThat(decision.firedRules()).containsExactlyInAnyOrder(
                    "The auto-refund limit is 100.00 unless the tenant sets its own",
                    "A refund is a write to one order that an approver signs off",
                    "A refund within the tenant's auto-refund limit, asked for by the order's own customer, is approved automatically");
            assertThat(decision.reasons()).isNotEmpty();
            assertThat(decisions.saved).containsExactly(decision);
        }

        private void assertDenied(Decision decision, String rule) {
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.approvalRequired()).as("nobody is asked to approve a denied refund").isFalse();
            assertThat(decision.approverRole()).isNull();
            assertThat(decision.firedRules()).contains(rule);
        }
    }

    @Nested
    class OrderDisclosure {

        @Test
        void theOrdersOwnCustomerMayBeToldAboutIt() {
            Decision decision = notification(order("120.00", "0.00"), CUSTOMER.toUpperCase());

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.tier()).isEqualTo(1);
            assertThat(decision.approvalRequired()).isFalse();
        }

        @Test
        void anyoneElseIsToldNothing() {
            Decision decision = notification(order("120.00", "0.00"), "someone.else@example.com");

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.firedRules()).contains("An order's details are sent only to the customer who placed it");
        }

        private Decision notification(OrderFacts order, String requesterEmail) {
            return policy.decide(TENANT, "order:" + order.getId(), new Operation("send_notification", null, null, order.getId()),
                    order, new Requester(requesterEmail), Map.of());
        }
    }

    @Nested
    class Versions {

        @Test
        void everyDecisionRecordsTheVersionThatMadeIt() {
            Decision decision = refund("20.00", order("120.00", "0.00"), CUSTOMER);

            assertThat(decision.rulesVersion()).matches("[0-9a-f]{12}").isEqualTo(ruleSet.version());
            assertThat(ruleSet.sha256()).matches("[0-9a-f]{64}").startsWith(decision.rulesVersion());
        }

        @Test
        void theSameRulesCompileToTheSameVersion() {
            assertThat(compiler().compile(RULES).version()).isEqualTo(ruleSet.version());
        }

        @Test
        void editingOneFileChangesTheVersion(@TempDir Path copy) throws IOException {
            copyRules(copy);
            assertThat(compiler().compile(copy).version())
                    .as("the version names the content, not the folder").isEqualTo(ruleSet.version());

            Path defaults = copy.resolve("policy-defaults.drl");
            Files.writeString(defaults, Files.readString(defaults) + "\n// reviewed\n");

            assertThat(compiler().compile(copy).version()).matches("[0-9a-f]{12}").isNotEqualTo(ruleSet.version());
        }

        @Test
        void aChangedLimitInTheRulesChangesTheDecision(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Path defaults = copy.resolve("policy-defaults.drl");
            Files.writeString(defaults, Files.readString(defaults).replace("new BigDecimal( \"100.00\" )", "new BigDecimal( \"10.00\" )"));
            CompiledRuleSet edited = compiler().compile(copy);
            PolicyService editedPolicy = new PolicyService(new DroolsPolicyEngine(edited), decisions,
                    Clock.fixed(NOW, ZoneOffset.UTC));

            Decision decision = editedPolicy.decide(TENANT, "order:1001",
                    new Operation("issue_refund", new BigDecimal("20.00"), "USD", "1001"), order("120.00", "0.00"),
                    new Requester(CUSTOMER), Map.of());

            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.rulesVersion()).isEqualTo(edited.version()).isNotEqualTo(ruleSet.version());
        }
    }

    @Nested
    class InvalidRuleSets {

        @Test
        void aSyntaxErrorNamesTheFileAndLine(@TempDir Path folder) throws IOException {
            Files.writeString(folder.resolve("something.drl"), String.join("\n",
                    "package io.commerceresolver.rules;",
                    "",
                    "rule \"Broken\"",
                    "when",
                    "    String( length > )",
                    "then",
                    "end",
                    ""), StandardCharsets.UTF_8);

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(folder), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.errors()).isNotEmpty()
                    .anySatisfy(error -> assertThat(error).contains("something.drl:5:"));
            assertThat(invalid.getMessage()).contains("something.drl");
        }

        @Test
        void anEmptyFolderIsNotARuleSet(@TempDir Path folder) {
            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(folder), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.errors()).singleElement().asString().contains("no .drl files");
        }

        @Test
        void aMissingFolderIsNotARuleSet(@TempDir Path folder) {
            RuleSetInvalid invalid = catchThrowableOfType(
                    () -> compiler().compile(folder.resolve("absent")), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.errors()).singleElement().asString().contains("does not exist");
        }
    }

    private Decision refund(String amount, OrderFacts order, String requesterEmail) {
        return refund(amount, order, requesterEmail, Map.of());
    }

    private Decision refund(String amount, OrderFacts order, String requesterEmail, Map<String, String> settings) {
        return policy.decide(TENANT, "order:" + order.getId(),
                new Operation("issue_refund", new BigDecimal(amount), "USD", order.getId()), order,
                new Requester(requesterEmail), settings);
    }

    private static RuleSetCompiler compiler() {
        return new RuleSetCompiler(KMODULE);
    }

    private static OrderFacts order(String total, String refundedTotal) {
        return new OrderFacts("1001", new BigDecimal(total), new BigDecimal(refundedTotal), "delivered", CUSTOMER, "USD", 5);
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    /** Keeps decisions in memory: the store is not under test here, what is decided is. */
    static class RecordedDecisions implements Decisions {

        final List<Decision> saved = new ArrayList<>();

        @Override
        public void save(Decision decision) {
            saved.add(decision);
        }

        @Override
        public Optional<Decision> findById(String tenantId, String decisionId) {
            return saved.stream().filter(d -> d.tenantId().equals(tenantId) && d.id().equals(decisionId)).findFirst();
        }
    }
}

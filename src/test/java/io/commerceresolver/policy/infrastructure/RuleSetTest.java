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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.OrderFactsSource;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentStanding;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.system.BadRequest;

/**
 * The real rule set in rules/, compiled through the same KIE API the application uses and asked through
 * {@link PolicyService}, with the store, the order source and the refund ledger in memory: no Spring, so a rule
 * change is checked in seconds. Variants of the rule set (a syntax error, a broken table, an edited file) are
 * written into a temporary copy of rules/.
 */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class RuleSetTest {

    static final Path RULES = Path.of("rules");
    static final Path KMODULE = Path.of("kie-config/kmodule.xml");
    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    static final String TENANT = "tenant-a";
    static final String CUSTOMER = "ann@example.com";

    static CompiledRuleSet ruleSet;

    RecordedDecisions decisions;
    KnownOrders orders;
    RecordingLedger ledger;
    DroolsPolicyEngine engine;
    PolicyService policy;

    @BeforeAll
    static void compileTheRuleSetOnce() {
        ruleSet = compiler().compile(RULES);
    }

    @BeforeEach
    void policyOverTheRealRules() {
        decisions = new RecordedDecisions();
        orders = new KnownOrders();
        ledger = new RecordingLedger();
        engine = new DroolsPolicyEngine(ruleSet);
        policy = new PolicyService(engine, decisions, orders, ledger, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Nested
    class Triage {

        @Test
        void aRefundRequestForANamedOrderGoesToTheRefundPlaybook() {
            Decision decision = triage("refund_request", "1001");

            assertThat(decision.playbook()).isEqualTo("refund_order");
            assertThat(decision.tier()).isEqualTo(2);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.firedRules()).containsExactly("A refund request for a named order goes to the refund playbook");
        }

        @Test
        void anOrderStatusQuestionGoesToTheOrderStatusPlaybookAsARead() {
            Decision decision = triage("order_status", "1001");

            assertThat(decision.playbook()).isEqualTo("order_status");
            assertThat(decision.tier()).isZero();
            assertThat(decision.firedRules()).containsExactly("An order status question is a read");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void aTicketThatNamesNoOrderGoesToAPerson(String orderId) {
            Decision refund = triage("refund_request", orderId);
            Decision status = triage("order_status", orderId);

            for (Decision decision : List.of(refund, status)) {
                assertThat(decision.playbook()).isEqualTo("human_handoff");
                assertThat(decision.tier()).isZero();
                assertThat(decision.firedRules()).containsExactly("A ticket about an order that names no order goes to a person");
            }
        }

        @Test
        void anUnrecognisedRequestGoesToAPerson() {
            Decision decision = triage("other", "1001");

            assertThat(decision.playbook()).isEqualTo("human_handoff");
            assertThat(decision.firedRules()).containsExactly("A ticket whose request is not recognised goes to a person");
        }

        @Test
        void theTriageIsRecordedWithWhatWasAsked() {
            Decision decision = triage("refund_request", "1001");

            assertThat(decisions.saved).containsExactly(decision);
            assertThat(decision.tenantId()).isEqualTo(TENANT);
            assertThat(decision.subject()).isEqualTo("ticket:T-1");
            assertThat(decision.input()).containsEntry("intent", "refund_request").containsEntry("confidence", 0.9)
                    .containsEntry("orderId", "1001");
            assertThat(decision.rulesVersion()).isEqualTo(ruleSet.version());
            assertThat(decision.ts()).isEqualTo(NOW);
        }

        private Decision triage(String intent, String orderId) {
            return policy.triage(TENANT, "T-1", new TicketTriage(intent, 0.9, orderId), Map.of());
        }
    }

    @Nested
    class Deciding {

        @Test
        void aDecisionIsStoredWithItsWholeInputTheRulesThatFiredAndTheVersion() {
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), order("120.00", "0.00"), new Requester("Ann@Example.com"),
                    new History(List.of(new PastRefund("2002", new BigDecimal("5.00"))), 1),
                    new ConversationContext(new BigDecimal("0.30"), 12, false));
            Map<String, String> settings = Map.of("maxAutoRefund", "250", "storeName", "Acme");

            Decision decision = policy.decide(TENANT, "order:1001", request, settings);

            assertThat(decisions.saved).containsExactly(decision);
            assertThat(decision.id()).isNotBlank();
            assertThat(decision.tenantId()).isEqualTo(TENANT);
            assertThat(decision.subject()).isEqualTo("order:1001");
            assertThat(decision.ts()).isEqualTo(NOW);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.tier()).isEqualTo(2);
            assertThat(decision.approvalRequired()).isFalse();
            assertThat(decision.rulesVersion()).isEqualTo(ruleSet.version());
            assertThat(decision.firedRules()).containsExactly(
                    "A write to a single record is tier 2 WRITE",
                    "A tier-2 operation needs an approver",
                    "A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically");
            assertThat(decision.reasons()).isNotEmpty();

            Map<String, Object> input = decision.input();
            assertThat(input).containsOnlyKeys("operation", "actor", "order", "requester", "history", "context", "settings", "thresholds");
            assertThat(map(input, "operation")).containsEntry("type", "issue_refund").containsEntry("amount", new BigDecimal("20.00"))
                    .containsEntry("currency", "USD").containsEntry("affectedRecords", 1).containsEntry("orderId", "1001");
            assertThat(map(input, "actor")).containsEntry("id", "agent-7").containsEntry("role", "agent");
            assertThat(map(input, "order")).containsEntry("id", "1001").containsEntry("total", new BigDecimal("120.00"))
                    .containsEntry("refundedTotal", new BigDecimal("0.00")).containsEntry("status", "delivered")
                    .containsEntry("customerEmail", CUSTOMER).containsEntry("currency", "USD").containsEntry("deliveredDaysAgo", 5);
            assertThat(map(input, "requester")).containsEntry("email", "Ann@Example.com");
            assertThat(map(input, "history")).containsEntry("refundsLast30d", 1)
                    .containsEntry("refundsLast24h", List.of(Map.of("orderId", "2002", "amount", new BigDecimal("5.00"))));
            assertThat(map(input, "context")).containsEntry("stress", new BigDecimal("0.30")).containsEntry("sessionMinutes", 12)
                    .containsEntry("voiceOptOut", false);
            assertThat(input.get("settings")).isEqualTo(settings);
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> thresholds = (Map<String, BigDecimal>) input.get("thresholds");
            assertThat(thresholds).containsOnlyKeys(Thresholds.NAMES);
            assertThat(thresholds.get(Thresholds.MAX_AUTO_REFUND)).as("the tenant's own limit").isEqualByComparingTo("250");
            assertThat(thresholds.get(Thresholds.BULK_RECORDS)).as("the rule set's default").isEqualByComparingTo("10");
        }

        @Test
        void theOrderAndTheRefundHistoryAreGatheredWhenTheRequestOnlyNamesTheOrder() {
            OrderFacts stored = order("120.00", "0.00");
            orders.add(TENANT, stored);
            ledger.history = new History(List.of(), 3);
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), null, new Requester(CUSTOMER), null, null);

            Decision decision = policy.decide(TENANT, "order:1001", request, Map.of());

            assertThat(orders.asked).containsExactly(TENANT + "/1001");
            assertThat(ledger.asked).containsExactly(stored);
            assertThat(map(decision.input(), "order")).containsEntry("id", "1001").containsEntry("status", "delivered")
                    .containsEntry("total", new BigDecimal("120.00"));
            assertThat(map(decision.input(), "history")).containsEntry("refundsLast30d", 3);
            // the gathered history counts: three refunds in 30 days stop the automatic approval
            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.approverRole()).isEqualTo("approver");
            assertThat(decision.firedRules()).contains("A customer refunded often in the last 30 days is not refunded automatically");
        }

        @Test
        void aRequestThatDescribesTheOrderAndHistoryIsTakenAsGiven() {
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), order("120.00", "0.00"), new Requester(CUSTOMER), History.NONE, null);

            Decision decision = policy.decide(TENANT, "order:1001", request, Map.of());

            assertThat(orders.asked).isEmpty();
            assertThat(ledger.asked).isEmpty();
            assertThat(decision.approvalRequired()).isFalse();
        }

        @Test
        void anOrderTheStoreDoesNotHaveIsABadRequest() {
            orders.add("another-tenant", order("120.00", "0.00"));
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), null, new Requester(CUSTOMER), null, null);

            BadRequest bad = catchThrowableOfType(() -> policy.decide(TENANT, "order:1001", request, Map.of()), BadRequest.class);

            assertThat(bad).isNotNull();
            assertThat(bad.field()).isEqualTo("operation.orderId");
            assertThat(bad.getMessage()).contains("1001");
            assertThat(decisions.saved).isEmpty();
            assertThat(ledger.asked).isEmpty();
        }

        @Test
        void anOperationThatNamesNoOrderNeedsNoStore() {
            OperationRequest request = new OperationRequest("get_products", null, null, 1, null, null, null, null, null,
                    new Actor("viewer-1", "viewer"), null, null, null, null);

            Decision decision = policy.decide(TENANT, "catalogue", request, Map.of());

            assertThat(orders.asked).isEmpty();
            assertThat(ledger.asked).isEmpty();
            assertThat(decision.tier()).isZero();
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.input()).doesNotContainKeys("order", "history", "requester", "context");
        }
    }

    @Nested
    class AutoRefundLimit {

        @Test
        void theDefaultLimitIsInclusive() {
            assertThat(refund("100.00", Map.of()).approvalRequired()).isFalse();
            Decision above = refund("100.01", Map.of());
            assertThat(above.approvalRequired()).isTrue();
            assertThat(above.approverRole()).isEqualTo("approver");
            assertThat(above.firedRules()).contains("A refund above the auto-refund limit is not approved automatically");
        }

        @Test
        void theTenantsOwnLimitReplacesTheDefault() {
            Map<String, String> settings = Map.of("maxAutoRefund", "250");

            assertThat(refund("200.00", settings).approvalRequired()).isFalse();
            assertThat(refund("250.00", settings).approvalRequired()).isFalse();
            assertThat(refund("250.01", settings).approvalRequired()).isTrue();
            assertThat(refund("200.00", Map.of()).approvalRequired()).as("without the override").isTrue();
        }

        @Test
        void aLowerTenantLimitTightensIt() {
            Decision decision = refund("20.00", Map.of("maxAutoRefund", "10"));

            assertThat(decision.approvalRequired()).isTrue();
            assertThat(decision.reasons()).anyMatch(reason -> reason.contains("auto-refund limit of 10"));
        }

        @Test
        void aTenantLimitThatIsNotANumberLeavesTheDefaultInForce() {
            // failing safe: a typo in a setting must not lift the limit
            Decision decision = refund("200.00", Map.of("maxAutoRefund", "lots"));

            assertThat(decision.approvalRequired()).isTrue();
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> thresholds = (Map<String, BigDecimal>) decision.input().get("thresholds");
            assertThat(thresholds.get(Thresholds.MAX_AUTO_REFUND)).isEqualByComparingTo("100");
        }

        private Decision refund(String amount, Map<String, String> settings) {
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal(amount), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), order("500.00", "0.00"), new Requester(CUSTOMER), History.NONE, null);
            return policy.decide(TENANT, "order:1001", request, settings);
        }
    }

    @Nested
    class Versions {

        @Test
        void theVersionIsTheStartOfTheSha256OfTheRuleSet() {
            assertThat(ruleSet.sha256()).matches("[0-9a-f]{64}");
            assertThat(ruleSet.version()).matches("[0-9a-f]{12}").isEqualTo(ruleSet.sha256().substring(0, 12));
            assertThat(engine.activeVersion(TENANT)).isEqualTo(ruleSet.version());
        }

        @Test
        void theSameRulesFromAnotherPlaceAreTheSameVersion(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Files.writeString(copy.resolve("NOTES.md"), "not a rule file");

            CompiledRuleSet again = compiler().compile(copy);
            CompiledRuleSet withFeatures = compiler().compile(RuleSetSource.fromFolder(RULES)
                    .withFeatures(Map.of("policy/refunds.feature", "Feature: refunds")));

            assertThat(again.sha256()).as("the version names the content, not the folder").isEqualTo(ruleSet.sha256());
            assertThat(withFeatures.sha256()).as("the features are not part of the version").isEqualTo(ruleSet.sha256());
        }

        @ParameterizedTest
        @MethodSource("io.commerceresolver.policy.infrastructure.RuleSetTest#ruleFiles")
        void changingAnyRuleFileChangesTheVersion(String file, @TempDir Path copy) throws IOException {
            copyRules(copy);
            Path changed = copy.resolve(file);
            String comment = file.endsWith(RuleSetSource.DRL) ? "\n// reviewed\n" : "\n<!-- reviewed -->\n";
            Files.writeString(changed, Files.readString(changed) + comment);

            CompiledRuleSet edited = compiler().compile(copy);

            assertThat(edited.version()).matches("[0-9a-f]{12}").isEqualTo(edited.sha256().substring(0, 12))
                    .isNotEqualTo(ruleSet.version());
        }

        /** A version stored before handoffs and shipments were the rules' to decide: the shared rules decide those. */
        @Test
        void aTenantsVersionWithoutHandoffOrShipmentRulesIsServedTheSharedOnesForThem(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Files.delete(copy.resolve("handoff.drl"));
            Files.delete(copy.resolve("shipments.drl"));
            CompiledRuleSet older = compiler().compile(copy);
            DroolsPolicyEngine engines = new DroolsPolicyEngine(ruleSet);
            engines.publish(TENANT, older);

            assertThat(older.reasonsAbout(Handoff.class)).isFalse();
            assertThat(ruleSet.reasonsAbout(Handoff.class)).isTrue();
            HandoffRouting routing = engines.route(TENANT, new Handoff(Handoff.TRIAGE, "other", "en", "human_handoff", 0.9, true), Map.of());
            assertThat(routing.team()).isEqualTo("agent");
            assertThat(routing.rulesVersion()).isEqualTo(ruleSet.version());
            assertThat(engines.judge(TENANT, new Shipment(true, false, 4), Map.of()).standing()).isEqualTo(ShipmentStanding.LATE);
            assertThat(engines.activeVersion(TENANT)).as("everything else is still the tenant's own").isEqualTo(older.version());
        }

        @Test
        void everyDecisionNamesTheVersionThatMadeIt(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Path thresholds = copy.resolve("policy-thresholds.dmn");
            Files.writeString(thresholds, Files.readString(thresholds).replace("<text>100.00</text>", "<text>10.00</text>"));
            CompiledRuleSet edited = compiler().compile(copy);
            PolicyService editedPolicy = new PolicyService(new DroolsPolicyEngine(edited), decisions, orders, ledger,
                    Clock.fixed(NOW, ZoneOffset.UTC));
            OperationRequest request = new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null,
                    null, new Actor("agent-7", "agent"), order("120.00", "0.00"), new Requester(CUSTOMER), History.NONE, null);

            Decision before = policy.decide(TENANT, "order:1001", request, Map.of());
            Decision after = editedPolicy.decide(TENANT, "order:1001", request, Map.of());

            assertThat(before.approvalRequired()).isFalse();
            assertThat(before.rulesVersion()).isEqualTo(ruleSet.version());
            assertThat(after.approvalRequired()).as("the limit is now 10.00").isTrue();
            assertThat(after.rulesVersion()).isEqualTo(edited.version()).isNotEqualTo(ruleSet.version());
        }
    }

    @Nested
    class InvalidRuleSets {

        @Test
        void aDrlSyntaxErrorNamesTheFileAndLine(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Path tiers = copy.resolve("risk-tiers.drl");
            String text = Files.readString(tiers);
            String broken = "Operation( operationClass == , $verdict : verdict )";
            text = text.replace("Operation( operationClass == \"read\", $verdict : verdict )", broken);
            Files.writeString(tiers, text);
            int line = lineOf(text, broken);

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(copy), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).endsWith("risk-tiers.drl");
                assertThat(problem.line()).isEqualTo(line);
            });
            assertThat(invalid.getMessage()).contains("risk-tiers.drl:" + line);
        }

        @Test
        void aFeelSyntaxErrorInATableNamesTheDmnFile(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Path thresholds = copy.resolve("policy-thresholds.dmn");
            Files.writeString(thresholds, Files.readString(thresholds).replace("<text>100.00</text>", "<text>100.00 +* (</text>"));

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(copy), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.problems()).isNotEmpty().anySatisfy(problem -> assertThat(problem.file()).endsWith("policy-thresholds.dmn"));
            assertThat(invalid.getMessage()).contains("policy-thresholds.dmn");
        }

        @Test
        void aMissingThresholdRowNamesTheDmnFileAndTheThreshold(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Path thresholds = copy.resolve("policy-thresholds.dmn");
            String text = Files.readString(thresholds);
            int start = text.indexOf("<rule id=\"_4EFCE034-617C-46B1-BDFE-EE080A77EF7F\">");
            int end = text.indexOf("</rule>", start) + "</rule>".length();
            assertThat(start).as("the maxRefundsIn30Days row").isPositive();
            assertThat(text.substring(start, end)).contains("\"maxRefundsIn30Days\"");
            Files.writeString(thresholds, text.substring(0, start) + text.substring(end));

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(copy), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).endsWith("policy-thresholds.dmn");
                assertThat(problem.message()).contains("maxRefundsIn30Days");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"policy-thresholds", "tool-permissions"})
        void aRuleSetWithoutOneOfItsDmnModelsIsRejected(String model, @TempDir Path copy) throws IOException {
            copyRules(copy);
            Files.delete(copy.resolve(model + ".dmn"));

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(copy), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.getMessage()).contains("'" + model + "'");
        }

        @Test
        void aRuleSetWithoutAnyDmnModelIsRejected(@TempDir Path copy) throws IOException {
            copyRules(copy);
            Files.delete(copy.resolve("policy-thresholds.dmn"));
            Files.delete(copy.resolve("tool-permissions.dmn"));

            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(copy), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.getMessage()).contains("DMN model");
        }

        @Test
        void anEmptyFolderIsNotARuleSet(@TempDir Path folder) {
            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(folder), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("no .drl or .dmn"));
        }

        @Test
        void aMissingFolderIsNotARuleSet(@TempDir Path folder) {
            RuleSetInvalid invalid = catchThrowableOfType(() -> compiler().compile(folder.resolve("absent")), RuleSetInvalid.class);

            assertThat(invalid).isNotNull();
            assertThat(invalid.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
        }
    }

    @Nested
    class Sessions {

        /**
         * Sessions are pooled and each is replaced after {@link DecisionSessions#RECYCLE_AFTER} decisions: well past
         * that, in one thread (so one session serves them all in turn), the answers are still the first ones.
         */
        @Test
        void answersStayTheSameAcrossSessionRecycling() {
            List<OperationRequest> requests = List.of(
                    new OperationRequest("issue_refund", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null, null,
                            new Actor("agent-7", "agent"), order("120.00", "0.00"), new Requester(CUSTOMER), History.NONE, null),
                    new OperationRequest("issue_refund", new BigDecimal("130.00"), "USD", 1, "1001", null, null, null, null,
                            new Actor("agent-7", "agent"), order("120.00", "0.00"), new Requester(CUSTOMER), History.NONE, null),
                    new OperationRequest("update_price", null, null, 1, null, "SKU-1", new BigDecimal("10.00"), new BigDecimal("12.50"),
                            new BigDecimal("5.00"), new Actor("merch-1", "merchandiser"), null, null, null, null),
                    new OperationRequest("cancel_order", null, null, 1, "1001", null, null, null, null, new Actor("agent-7", "agent"),
                            order("120.00", "0.00"), new Requester("bob@example.com"), History.NONE,
                            new ConversationContext(new BigDecimal("0.90"), 75, false)),
                    new OperationRequest("send_notification", null, null, 1, "1001", null, null, null, null, new Actor("agent-7", "agent"),
                            order("120.00", "0.00"), new Requester(CUSTOMER), null, null),
                    new OperationRequest("get_order", null, null, 1, "1001", null, null, null, null, new Actor("viewer-1", "viewer"),
                            null, null, null, null));
            TicketTriage ticket = new TicketTriage("refund_request", 0.8, "1001");
            CompiledRuleSet fresh = compiler().compile(RULES);
            DroolsPolicyEngine freshEngine = new DroolsPolicyEngine(fresh);
            List<List<Object>> first = new ArrayList<>();
            for (OperationRequest request : requests) {
                first.add(answer(freshEngine.evaluate(TENANT, request, Map.of())));
            }
            List<Object> firstTriage = answer(freshEngine.triage(TENANT, ticket, Map.of()));
            assertThat(first).extracting(answer -> answer.get(1)).as("tiers").containsExactly(2, 2, 3, 3, 1, 0);

            int evaluations = 2 * DecisionSessions.RECYCLE_AFTER + 100;
            for (int i = 0; i < evaluations; i++) {
                int which = i % (requests.size() + 1);
                if (which == requests.size()) {
                    assertThat(answer(freshEngine.triage(TENANT, ticket, Map.of()))).as("triage at decision %d", i).isEqualTo(firstTriage);
                } else {
                    assertThat(answer(freshEngine.evaluate(TENANT, requests.get(which), Map.of())))
                            .as("request %d at decision %d", which, i).isEqualTo(first.get(which));
                }
            }
        }

        private List<Object> answer(RuleEvaluation evaluation) {
            return Arrays.asList(evaluation.verdict().getPlaybook(), evaluation.verdict().getTier(),
                    evaluation.verdict().isAllowed(), evaluation.verdict().isApprovalRequired(), evaluation.verdict().getApproverRole(),
                    evaluation.verdict().getReasons(), evaluation.firedRules(), evaluation.rulesVersion());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    static Stream<String> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.map(file -> file.getFileName().toString()).filter(RuleSetSource::isRuleFile).sorted().toList().stream();
        }
    }

    private static RuleSetCompiler compiler() {
        return new RuleSetCompiler(KMODULE);
    }

    private static OrderFacts order(String total, String refundedTotal) {
        return new OrderFacts("1001", new BigDecimal(total), new BigDecimal(refundedTotal), "delivered", CUSTOMER, "USD", 5);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> input, String key) {
        assertThat(input.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) input.get(key);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("'%s' is in the file", needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(target.resolve(file.getFileName()), Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
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

        @Override
        public Map<String, Decision> findByIds(String tenantId, java.util.Collection<String> decisionIds) {
            Map<String, Decision> found = new HashMap<>();
            decisionIds.forEach(id -> findById(tenantId, id).ifPresent(decision -> found.put(id, decision)));
            return found;
        }
    }

    /** The tenants' stores, by tenant and order id; remembers what it was asked. */
    static class KnownOrders implements OrderFactsSource {

        final Map<String, OrderFacts> byTenantAndId = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        void add(String tenantId, OrderFacts order) {
            byTenantAndId.put(tenantId + "/" + order.getId(), order);
        }

        @Override
        public Optional<OrderFacts> find(String tenantId, String orderId) {
            asked.add(tenantId + "/" + orderId);
            return Optional.ofNullable(byTenantAndId.get(tenantId + "/" + orderId));
        }
    }

    /** Answers every question with one history; remembers which orders it was asked about. */
    static class RecordingLedger implements RefundLedger {

        History history = History.NONE;
        final List<OrderFacts> asked = new ArrayList<>();

        @Override
        public History historyFor(String tenantId, OrderFacts order, String excludingRunId) {
            assertThat(tenantId).isEqualTo(TENANT);
            asked.add(order);
            return history;
        }
    }
}

package io.commerceresolver.policy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import io.commerceresolver.policy.Actor;
import io.commerceresolver.policy.ConversationContext;
import io.commerceresolver.policy.History;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.OrderFacts;
import io.commerceresolver.policy.PastRefund;
import io.commerceresolver.policy.Requester;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.policy.TicketTriage;

/**
 * Invariants of the real rule set in rules/, checked over generated operations: every tool, every role and an
 * unknown one, amounts and prices on both sides of every threshold, orders in every status or missing, requesters
 * who are and are not the customer, refund histories with and without duplicates, conversations calm, strained or
 * opted out, and tenants with and without their own thresholds.
 *
 * <p>All properties evaluate through one engine, as the application does, so its pooled sessions serve thousands
 * of decisions of every kind in a row (and are recycled on the way, see {@link DecisionSessions#RECYCLE_AFTER}).
 */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class PolicyPropertiesTest {

    /** Generated operations per property; each property runs in well under a second once the rules are compiled. */
    static final int TRIES = 3_000;

    static final String TENANT = "tenant-p";
    static final String CUSTOMER = "ann@example.com";
    static final List<String> TYPES = OperationClass.knownTypes().stream().sorted().toList();
    static final List<String> ROLES = List.of("viewer", "agent", "merchandiser", "admin", "intern");
    static final BigDecimal CENT = new BigDecimal("0.01");
    /** Tools that work on the catalogue, often on many records at once; the rest work on one order. */
    static final Set<String> CATALOGUE = Set.of("update_price", "set_promo_status", "update_inventory", "create_product",
            "bulk_price_change");
    /** Tools that set a price. */
    static final Set<String> PRICED = Set.of("update_price", "bulk_price_change", "create_product");

    /** Compiled on first use, once for the class. */
    private static final class Rules {
        static final CompiledRuleSet SET = new RuleSetCompiler(Path.of("kie-config/kmodule.xml")).compile(Path.of("rules"));
        static final DroolsPolicyEngine ENGINE = new DroolsPolicyEngine(SET);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Properties

    @Example
    void theGeneratorsCoverEveryToolAndRole() {
        assertThat(TYPES).hasSize(20);
        assertThat(ROLES).contains("viewer", "agent", "merchandiser", "admin").hasSize(5);
    }

    @Property(tries = TRIES)
    void aConversationOnlyEverRaisesATierTwoWriteToTierThree(@ForAll("operations") Case operation,
                                                             @ForAll("contexts") Ctx context) {
        Outcome calm = evaluate(operation.withContext(null));
        Outcome withContext = evaluate(operation.withContext(context));

        assertThat(withContext.tier()).as("a context never lowers the tier").isGreaterThanOrEqualTo(calm.tier());
        if (calm.tier() != 2) {
            assertThat(withContext.tier()).as("a context only changes a tier-2 operation").isEqualTo(calm.tier());
        }
        Thresholds thresholds = thresholdsOf(operation);
        boolean strained = !context.voiceOptOut()
                && (context.stress() != null && context.stress().compareTo(thresholds.getStressLevel()) > 0
                        || context.sessionMinutes() != null && context.sessionMinutes() > thresholds.getSessionMinutes());
        int expected = calm.tier() == 2 && strained ? 3 : calm.tier();
        assertThat(withContext.tier()).as("a strained conversation (not opted out) raises tier 2 to 3, nothing else does")
                .isEqualTo(expected);
        if (!strained) {
            assertThat(withContext.decisionOnly()).as("a calm or opted-out conversation changes nothing")
                    .isEqualTo(calm.decisionOnly());
        }
    }

    @Property(tries = TRIES)
    void aConversationNeverChangesWhetherAnOperationIsAllowed(@ForAll("operations") Case operation,
                                                              @ForAll("contexts") Ctx context) {
        Outcome calm = evaluate(operation.withContext(null));
        Outcome withContext = evaluate(operation.withContext(context));

        assertThat(withContext.allowed()).as("allowed without context: %s", calm.allowed()).isEqualTo(calm.allowed());
        if (!calm.allowed()) {
            assertThat(withContext.approvalRequired()).isFalse();
            assertThat(withContext.approverRole()).isNull();
        }
    }

    @Property(tries = TRIES)
    void moreAffectedRecordsNeverLowerTheTier(@ForAll("operations") Case operation, @ForAll("records") int some,
                                              @ForAll("records") int more) {
        int fewer = Math.min(some, more);
        int larger = Math.max(some, more);
        Outcome few = evaluate(operation.withRecords(fewer));
        Outcome many = evaluate(operation.withRecords(larger));

        assertThat(many.tier()).as("tier with %d records: %d", fewer, few.tier()).isGreaterThanOrEqualTo(few.tier());
        assertThat(many.allowed()).as("the number of records denies nothing").isEqualTo(few.allowed());
        if (few.approvalRequired()) {
            assertThat(many.approvalRequired()).as("more records never waive an approval").isTrue();
        }
    }

    /**
     * A larger refund never lowers the tier and never turns "approval required" into "allowed without approval".
     * It may turn into a denial (above the refundable balance), which asks no one: a denial is the stricter answer,
     * so the literal "approval required stays required" is checked as "required, or denied".
     */
    @Property(tries = TRIES)
    void aLargerRefundNeverLowersTheTierNorWaivesAnApproval(@ForAll("refunds") Case refund, @ForAll("amounts") AmountSpec one,
                                                            @ForAll("amounts") AmountSpec other) {
        BigDecimal a = one.resolve(refund.order(), thresholdsOf(refund));
        BigDecimal b = other.resolve(refund.order(), thresholdsOf(refund));
        // a refund without an amount has no order among amounts: it is compared with itself
        BigDecimal smaller = a == null ? b : b == null ? a : a.min(b);
        BigDecimal larger = a == null ? b : b == null ? a : a.max(b);
        Outcome small = evaluate(refund.withAmount(smaller));
        Outcome large = evaluate(refund.withAmount(larger));

        assertThat(large.tier()).as("tier of %s: %d", smaller, small.tier()).isGreaterThanOrEqualTo(small.tier());
        if (small.approvalRequired()) {
            assertThat(large.approvalRequired() || !large.allowed())
                    .as("%s needs %s's approval, so %s must need approval too or be denied: %s", smaller, small.approverRole(), larger, large)
                    .isTrue();
        }
    }

    @Property(tries = TRIES)
    void everyVerdictIsCoherent(@ForAll("operations") Case operation) {
        Outcome outcome = evaluate(operation);

        assertThat(outcome.tier()).isBetween(0, 3);
        assertThat(outcome.approvalRequired()).as("an approver is named exactly when approval is required")
                .isEqualTo(outcome.approverRole() != null);
        if (!outcome.allowed()) {
            assertThat(outcome.approvalRequired()).as("a denial asks no one").isFalse();
            assertThat(outcome.approverRole()).isNull();
        } else if (outcome.tier() == 3) {
            assertThat(outcome.approvalRequired()).as("tier 3 always needs approval").isTrue();
            assertThat(outcome.approverRole()).isEqualTo("senior_approver");
        } else if (outcome.tier() <= 1) {
            assertThat(outcome.approvalRequired()).as("tiers 0 and 1 never need approval").isFalse();
        } else if (outcome.approvalRequired()) {
            assertThat(outcome.approverRole()).isEqualTo("approver");
        }
        assertThat(outcome.playbook()).as("operations select no playbook").isNull();
        assertThat(outcome.firedRules()).isNotEmpty();
        assertThat(outcome.reasons()).isNotEmpty();
    }

    /** The tier the policy gives, worked out here from the thresholds in force, against the one the rules reach. */
    @Property(tries = TRIES)
    void theTierIsTheOneThePolicyGives(@ForAll("operations") Case operation) {
        Thresholds thresholds = thresholdsOf(operation);
        OperationClass operationClass = OperationClass.of(operation.type()).orElseThrow();
        int tier = operationClass.ordinal();
        boolean changesData = operationClass == OperationClass.WRITE || operationClass == OperationClass.BULK;
        if (operationClass == OperationClass.WRITE && operation.affectedRecords() > thresholds.getBulkRecords()) {
            tier = 3;
        }
        // |new - old| / old > ratio and (new - cost) / new < floor, multiplied out (an old price of 0 moves by "infinitely" much)
        if (changesData && operation.oldPrice() != null && operation.newPrice() != null && operation.newPrice().subtract(operation.oldPrice())
                .abs().compareTo(thresholds.getLargePriceChange().multiply(operation.oldPrice())) > 0) {
            tier = 3;
        }
        if (changesData && operation.newPrice() != null && operation.cost() != null && operation.newPrice().subtract(operation.cost())
                .compareTo(thresholds.getMarginFloor().multiply(operation.newPrice())) < 0) {
            tier = 3;
        }
        Ctx context = operation.context();
        if (tier == 2 && context != null && !context.voiceOptOut()
                && (context.stress() != null && context.stress().compareTo(thresholds.getStressLevel()) > 0
                        || context.sessionMinutes() != null && context.sessionMinutes() > thresholds.getSessionMinutes())) {
            tier = 3;
        }

        assertThat(evaluate(operation).tier()).isEqualTo(tier);
    }

    /**
     * Who must approve, as the policy says: tier 3 a senior approver, tier 2 an approver unless the refund, goodwill
     * credit or replacement is approved automatically, tiers 0 and 1 no one, a denial no one.
     */
    @Property(tries = TRIES)
    void whoMustApproveIsWhomThePolicyNames(@ForAll("operations") Case operation) {
        assertApproverAsThePolicyNames(operation);
    }

    /** The same over refunds only, where the automatic approval has most ways to go wrong. */
    @Property(tries = TRIES)
    void whoMustApproveARefundIsWhomThePolicyNames(@ForAll("refunds") Case refund) {
        assertApproverAsThePolicyNames(refund);
    }

    private static void assertApproverAsThePolicyNames(Case operation) {
        Outcome outcome = evaluate(operation);
        Thresholds thresholds = thresholdsOf(operation);
        OrderSpec order = operation.order();
        String requesterKey = operation.requester() == null ? null : emailKey(operation.requester().email());
        String customerKey = order == null ? null : emailKey(order.customerEmail());
        boolean ownCustomer = requesterKey != null && requesterKey.equals(customerKey);
        boolean autoApproved = operation.type().equals("issue_refund") && order != null && ownCustomer
                && operation.amount() != null && operation.amount().compareTo(thresholds.getMaxAutoRefund()) <= 0
                && (order.deliveredDaysAgo() == null || order.deliveredDaysAgo() <= thresholds.getRefundWindowDays())
                && (operation.history() == null ? 0 : operation.history().refundsLast30d()) < thresholds.getMaxRefundsIn30Days()
                // a goodwill credit within its own limit, and goods replaced worth no more than a refund would be, likewise
                || operation.type().equals("apply_discount") && order != null && ownCustomer && operation.amount() != null
                && operation.amount().compareTo(thresholds.getMaxAutoGoodwill()) <= 0
                || operation.type().equals("create_replacement") && order != null && ownCustomer && operation.amount() != null
                && operation.amount().compareTo(thresholds.getMaxAutoRefund()) <= 0;

        String approver = !outcome.allowed() || outcome.tier() <= 1 ? null
                : outcome.tier() == 3 ? "senior_approver"
                : autoApproved ? null : "approver";
        assertThat(outcome.approverRole()).as("own customer: %s, auto-approvable: %s, %s", ownCustomer, autoApproved, outcome)
                .isEqualTo(approver);
    }

    /** The denials the policy names always deny (the rules may deny more: see rules/guards.drl). */
    @Property(tries = TRIES)
    void whatThePolicyForbidsIsDenied(@ForAll("operations") Case operation) {
        OrderSpec order = operation.order();
        boolean refund = operation.type().equals("issue_refund");
        List<String> forbidden = new ArrayList<>();
        if (!Rules.SET.permits(operation.role(), operation.type())) {
            forbidden.add("role may not use the tool");
        }
        if (refund && order != null && operation.amount() != null && operation.amount().compareTo(order.balance()) > 0) {
            forbidden.add("more than the refundable balance");
        }
        if (refund && operation.history() != null && operation.orderId() != null && operation.amount() != null
                && operation.history().refundsLast24h().stream().anyMatch(past -> operation.orderId().equals(past.orderId())
                        && past.amount().compareTo(operation.amount()) == 0)) {
            forbidden.add("duplicate refund");
        }
        if ((operation.type().equals("cancel_order") || operation.type().equals("update_address")) && order != null
                && (order.status().equals("shipped") || order.status().equals("delivered"))) {
            forbidden.add("order has left the warehouse");
        }
        boolean permittedByTable = switch (operation.role()) {
            case "admin" -> true;
            case "viewer" -> OperationClass.of(operation.type()).orElseThrow() == OperationClass.READ;
            case "agent" -> List.of("read", "notify").contains(ruleClass(operation.type()))
                    || List.of("issue_refund", "cancel_order", "update_address", "create_return_label", "create_replacement", "apply_discount")
                            .contains(operation.type());
            case "merchandiser" -> List.of("read", "notify").contains(ruleClass(operation.type()))
                    || List.of("update_price", "set_promo_status", "update_inventory", "create_product", "bulk_price_change")
                            .contains(operation.type());
            default -> false;
        };

        Outcome outcome = evaluate(operation);

        assertThat(Rules.SET.permits(operation.role(), operation.type())).as("tool-permissions.dmn").isEqualTo(permittedByTable);
        if (!forbidden.isEmpty()) {
            assertThat(outcome.allowed()).as("forbidden: %s", forbidden).isFalse();
        }
    }

    /**
     * The same request gets the same answer, with the same rules fired and the same reasons, whatever was evaluated
     * in between on the same pooled sessions: nothing of one decision survives into the next.
     */
    @Property(tries = TRIES)
    void theSameRequestGetsTheSameAnswerWhateverWasEvaluatedBetween(@ForAll("operations") Case operation,
                                                                    @ForAll("betweens") List<Object> between) {
        Outcome first = evaluate(operation);
        for (Object other : between) {
            if (other instanceof Case otherOperation) {
                evaluate(otherOperation);
            } else {
                Rules.ENGINE.triage(TENANT, (TicketTriage) other, Map.of());
            }
        }
        Outcome again = evaluate(operation);

        assertThat(again).isEqualTo(first);
    }

    /**
     * Found while writing these properties: a requester without an email and an order without a customer email
     * counted as "the order's own customer" ({@code null == null}), so the refund was approved automatically and the
     * order's details could be sent. The rules now require a known email. The evaluate API rejects a requester
     * without an email anyway, so the generators above give every requester one.
     */
    @Example
    void aRequesterWithoutAnEmailIsNotTheOrdersCustomer() {
        OrderSpec noEmail = new OrderSpec("1001", new BigDecimal("120.00"), new BigDecimal("0.00"), "delivered", null, "USD", 5);
        Case refund = new Case("issue_refund", "agent", new BigDecimal("20.00"), "USD", 1, "1001", null, null, null, null, noEmail,
                new Asker(null), null, null, new TreeMap<>());
        Case notification = new Case("send_notification", "agent", null, null, 1, "1001", null, null, null, null, noEmail,
                new Asker(null), null, null, new TreeMap<>());

        assertThat(evaluate(refund).approverRole()).as("not approved automatically").isEqualTo("approver");
        assertThat(evaluate(notification).allowed()).as("nothing is disclosed").isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Evaluation

    static Outcome evaluate(Case operation) {
        return Outcome.of(Rules.ENGINE.evaluate(TENANT, operation.request(), operation.settings()));
    }

    static Thresholds thresholdsOf(Case operation) {
        return Rules.SET.thresholdsFor(operation.settings());
    }

    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String ruleClass(String type) {
        return OperationClass.of(type).orElseThrow().ruleName();
    }

    /** Everything a caller sees of one evaluation. */
    record Outcome(String playbook, int tier, boolean allowed, boolean approvalRequired, String approverRole, List<String> reasons,
                   List<String> firedRules) {

        static Outcome of(RuleEvaluation evaluation) {
            return new Outcome(evaluation.verdict().getPlaybook(), evaluation.verdict().getTier(), evaluation.verdict().isAllowed(),
                    evaluation.verdict().isApprovalRequired(), evaluation.verdict().getApproverRole(), evaluation.verdict().getReasons(),
                    evaluation.firedRules());
        }

        /** Without the explanation, which a context may add to. */
        List<Object> decisionOnly() {
            return Arrays.asList(playbook, tier, allowed, approvalRequired, approverRole);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What is generated: plain records, so that a shrunk counterexample reads as what was asked

    /** One operation with everything around it, and the tenant's settings. {@code requester} null: nobody is known to ask. */
    record Case(String type, String role, BigDecimal amount, String currency, int affectedRecords, String orderId, String sku,
                BigDecimal oldPrice, BigDecimal newPrice, BigDecimal cost, OrderSpec order, Asker requester, Past history, Ctx context,
                SortedMap<String, String> settings) {

        OperationRequest request() {
            return new OperationRequest(type, amount, currency, affectedRecords, orderId, sku, oldPrice, newPrice, cost,
                    new Actor("actor-7", role), order == null ? null : order.facts(), requester == null ? null : new Requester(requester.email()),
                    history == null ? null : new History(history.refundsLast24h(), history.refundsLast30d()),
                    context == null ? null : new ConversationContext(context.stress(), context.sessionMinutes(), context.voiceOptOut()));
        }

        Case withContext(Ctx otherContext) {
            return new Case(type, role, amount, currency, affectedRecords, orderId, sku, oldPrice, newPrice, cost, order, requester, history,
                    otherContext, settings);
        }

        Case withRecords(int records) {
            return new Case(type, role, amount, currency, records, orderId, sku, oldPrice, newPrice, cost, order, requester, history, context,
                    settings);
        }

        Case withAmount(BigDecimal otherAmount) {
            return new Case(type, role, otherAmount, currency, affectedRecords, orderId, sku, oldPrice, newPrice, cost, order, requester,
                    history, context, settings);
        }
    }

    record OrderSpec(String id, BigDecimal total, BigDecimal refundedTotal, String status, String customerEmail, String currency,
                     Integer deliveredDaysAgo) {

        OrderFacts facts() {
            return new OrderFacts(id, total, refundedTotal, status, customerEmail, currency, deliveredDaysAgo);
        }

        BigDecimal balance() {
            return total.subtract(refundedTotal);
        }
    }

    record Asker(String email) {
    }

    record Past(List<PastRefund> refundsLast24h, int refundsLast30d) {
    }

    record Ctx(BigDecimal stress, Integer sessionMinutes, boolean voiceOptOut) {
    }

    enum AmountKind { FIXED, NONE, JUST_BELOW_LIMIT, AT_LIMIT, JUST_ABOVE_LIMIT, JUST_BELOW_BALANCE, AT_BALANCE, JUST_ABOVE_BALANCE }

    /** An amount, absolute or a cent either side of the tenant's auto-refund limit or the order's refundable balance. */
    record AmountSpec(AmountKind kind, BigDecimal fixed) {

        BigDecimal resolve(OrderSpec order, Thresholds thresholds) {
            BigDecimal limit = thresholds.getMaxAutoRefund();
            return switch (kind) {
                case FIXED -> fixed;
                case NONE -> null;
                case JUST_BELOW_LIMIT -> limit.subtract(CENT);
                case AT_LIMIT -> limit;
                case JUST_ABOVE_LIMIT -> limit.add(CENT);
                case JUST_BELOW_BALANCE -> order == null ? fixed : order.balance().subtract(CENT);
                case AT_BALANCE -> order == null ? fixed : order.balance();
                case JUST_ABOVE_BALANCE -> order == null ? fixed : order.balance().add(CENT);
            };
        }
    }

    /** As the evaluate API and the playbooks build them: a requester always has an email (see EvaluateRequest). */
    enum AskerKind { CUSTOMER, CUSTOMER_IN_OTHER_CASE, SOMEONE_ELSE, NOBODY }

    enum PriceMove { NONE, SAME, UP_BY_THE_LIMIT, JUST_ABOVE_THE_LIMIT_UP, DOWN_BY_THE_LIMIT, JUST_ABOVE_THE_LIMIT_DOWN, SCALED }

    enum CostKind { NONE, AT_THE_FLOOR, JUST_BELOW_THE_FLOOR, SHARE_OF_PRICE }

    record Prices(BigDecimal oldPrice, PriceMove move, BigDecimal factor, CostKind costKind, BigDecimal costShare) {
    }

    /**
     * What the first combination draws; the rest is resolved against the order and the tenant's thresholds.
     * {@code typical}: the usual shape for the tool, one record unless it works on the catalogue, and prices only
     * where the tool sets one; otherwise records and prices are drawn for every tool.
     */
    record Head(String type, String role, AmountSpec amount, String currency, int records, String sku, boolean typical) {
    }

    record Refunds(boolean duplicate, List<PastRefund> others, int last30d) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generators

    /** Every tool, refunds (the richest rules) a little more often. */
    @Provide
    Arbitrary<Case> operations() {
        return cases(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TYPES)), Tuple.of(1, Arbitraries.just("issue_refund"))),
                Arbitraries.of(ROLES));
    }

    /** Refunds mostly by roles that may issue them, so that the rest of the policy gets its say. */
    @Provide
    Arbitrary<Case> refunds() {
        return cases(Arbitraries.just("issue_refund"), Arbitraries.frequency(Tuple.of(6, "agent"), Tuple.of(6, "admin"),
                Tuple.of(1, "viewer"), Tuple.of(1, "merchandiser"), Tuple.of(1, "intern")));
    }

    @Provide
    Arbitrary<List<Object>> betweens() {
        Arbitrary<Object> triage = Combinators.combine(
                        Arbitraries.of("refund_request", "order_status", "address_change", "cancel_order", "other"),
                        Arbitraries.doubles().between(0, 1), Arbitraries.of("1001", "", "  ").injectNull(0.3))
                .as((intent, confidence, orderId) -> (Object) new TicketTriage(intent, confidence, orderId));
        Arbitrary<Object> operation = operations().map(c -> (Object) c);
        return Arbitraries.frequencyOf(Tuple.of(4, operation), Tuple.of(1, triage)).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<Ctx> contexts() {
        Arbitrary<BigDecimal> stress = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                Tuple.of(3, Arbitraries.of(decimals("0.00", "0.69", "0.70", "0.71", "0.7000001", "1.00"))),
                Tuple.of(5, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.70")).ofScale(2)),
                Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2)));
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Integer) null)),
                Tuple.of(3, Arbitraries.of(0, 59, 60, 61, 180)),
                Tuple.of(5, Arbitraries.integers().between(0, 60)),
                Tuple.of(2, Arbitraries.integers().between(0, 180)));
        Arbitrary<Boolean> optOut = Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
        return Combinators.combine(stress, minutes, optOut).as(Ctx::new);
    }

    @Provide
    Arbitrary<Integer> records() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1)),
                Tuple.of(3, Arbitraries.integers().between(8, 12)),
                Tuple.of(4, Arbitraries.integers().between(0, 600)));
    }

    @Provide
    Arbitrary<AmountSpec> amounts() {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(6, AmountKind.FIXED), Tuple.of(1, AmountKind.NONE),
                        Tuple.of(2, AmountKind.JUST_BELOW_LIMIT), Tuple.of(2, AmountKind.AT_LIMIT), Tuple.of(2, AmountKind.JUST_ABOVE_LIMIT),
                        Tuple.of(2, AmountKind.JUST_BELOW_BALANCE), Tuple.of(2, AmountKind.AT_BALANCE), Tuple.of(2, AmountKind.JUST_ABOVE_BALANCE)),
                fixedAmounts()).as(AmountSpec::new);
    }

    private Arbitrary<Case> cases(Arbitrary<String> types, Arbitrary<String> roles) {
        Arbitrary<Head> heads = Combinators.combine(types, roles, amounts(),
                Arbitraries.frequency(Tuple.of(18, "USD"), Tuple.of(1, "EUR"), Tuple.of(1, (String) null)), records(),
                Arbitraries.of("SKU-1", "SKU-2").injectNull(0.5), Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)))
                .as(Head::new);
        Arbitrary<OrderSpec> orders = orders().injectNull(0.2);
        Arbitrary<Boolean> namesAMissingOrder = Arbitraries.of(true, false);
        Arbitrary<AskerKind> askers = Arbitraries.frequency(Tuple.of(5, AskerKind.CUSTOMER), Tuple.of(2, AskerKind.CUSTOMER_IN_OTHER_CASE),
                Tuple.of(3, AskerKind.SOMEONE_ELSE), Tuple.of(2, AskerKind.NOBODY));
        Arbitrary<Refunds> refunds = Combinators.combine(Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false)),
                Combinators.combine(Arbitraries.of("1001", "2002"), fixedAmounts()).as(PastRefund::new).list().ofMaxSize(3),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 2)), Tuple.of(1, Arbitraries.of(2, 3)),
                        Tuple.of(1, Arbitraries.integers().between(3, 6))))
                .as(Refunds::new).injectNull(0.3);
        Arbitrary<Ctx> contexts = contexts().injectNull(0.4);
        Arbitrary<SortedMap<String, String>> settings = settings();
        return Combinators.combine(heads, orders, namesAMissingOrder, askers, prices(), refunds, contexts, settings)
                .as(PolicyPropertiesTest::assemble);
    }

    private static Case assemble(Head head, OrderSpec order, boolean namesAMissingOrder, AskerKind askerKind, Prices prices,
                                 Refunds refunds, Ctx context, SortedMap<String, String> settings) {
        Thresholds thresholds = Rules.SET.thresholdsFor(settings);
        String orderId = order != null ? order.id() : namesAMissingOrder ? "9999" : null;
        BigDecimal amount = head.amount().resolve(order, thresholds);
        String customer = order != null && order.customerEmail() != null ? order.customerEmail() : CUSTOMER;
        Asker asker = switch (askerKind) {
            case CUSTOMER -> new Asker(customer);
            case CUSTOMER_IN_OTHER_CASE -> new Asker(" " + customer.toUpperCase(Locale.ROOT) + " ");
            case SOMEONE_ELSE -> new Asker("bob@example.com");
            case NOBODY -> null;
        };
        Past history = null;
        if (refunds != null) {
            List<PastRefund> last24h = new ArrayList<>(refunds.others());
            if (refunds.duplicate() && orderId != null && amount != null) {
                // the same amount, written with another scale: a duplicate all the same
                last24h.add(new PastRefund(orderId, amount.setScale(amount.scale() + 1)));
            }
            history = new Past(List.copyOf(last24h), refunds.last30d());
        }
        boolean priced = !head.typical() || PRICED.contains(head.type());
        int records = head.typical() && !CATALOGUE.contains(head.type()) ? 1 : head.records();
        if (!priced) {
            prices = new Prices(null, PriceMove.NONE, BigDecimal.ONE, CostKind.NONE, BigDecimal.ZERO);
        }
        BigDecimal oldPrice = prices.oldPrice();
        BigDecimal base = oldPrice == null ? new BigDecimal("100.00") : oldPrice;
        BigDecimal limit = thresholds.getLargePriceChange();
        BigDecimal newPrice = switch (prices.move()) {
            case NONE -> null;
            case SAME -> base;
            case UP_BY_THE_LIMIT -> base.add(base.multiply(limit));
            case JUST_ABOVE_THE_LIMIT_UP -> base.add(base.multiply(limit)).add(CENT);
            case DOWN_BY_THE_LIMIT -> base.subtract(base.multiply(limit));
            case JUST_ABOVE_THE_LIMIT_DOWN -> base.subtract(base.multiply(limit)).subtract(CENT);
            case SCALED -> base.multiply(prices.factor()).setScale(2, RoundingMode.HALF_UP);
        };
        if (newPrice != null && newPrice.signum() < 0) {
            newPrice = BigDecimal.ZERO;
        }
        BigDecimal floor = thresholds.getMarginFloor();
        BigDecimal cost = newPrice == null ? (prices.costKind() == CostKind.NONE ? null : prices.costShare().multiply(base)) : switch (prices.costKind()) {
            case NONE -> null;
            case AT_THE_FLOOR -> newPrice.subtract(floor.multiply(newPrice));
            case JUST_BELOW_THE_FLOOR -> newPrice.subtract(floor.multiply(newPrice)).add(CENT);
            case SHARE_OF_PRICE -> newPrice.multiply(prices.costShare()).setScale(2, RoundingMode.HALF_UP);
        };
        return new Case(head.type(), head.role(), amount, head.currency(), records, orderId, head.sku(), oldPrice, newPrice, cost,
                order, asker, history, context, settings);
    }

    private static Arbitrary<OrderSpec> orders() {
        Arbitrary<BigDecimal> totals = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(decimals("50.00", "99.99", "100.00", "100.01", "120.00", "500.00"))),
                Tuple.of(3, Arbitraries.bigDecimals().between(new BigDecimal("20"), new BigDecimal("2000")).ofScale(2)));
        Arbitrary<BigDecimal> refundedShares = Arbitraries.frequency(Tuple.of(6, BigDecimal.ZERO), Tuple.of(2, new BigDecimal("0.25")),
                Tuple.of(1, new BigDecimal("0.5")), Tuple.of(1, BigDecimal.ONE));
        Arbitrary<String> statuses = Arbitraries.frequency(Tuple.of(4, "delivered"), Tuple.of(2, "processing"), Tuple.of(2, "shipped"),
                Tuple.of(1, "cancelled"));
        Arbitrary<String> emails = Arbitraries.frequency(Tuple.of(8, CUSTOMER), Tuple.of(1, "Zoe.Smith@Example.org"), Tuple.of(1, (String) null));
        Arbitrary<String> currencies = Arbitraries.frequency(Tuple.of(19, "USD"), Tuple.of(1, "EUR"));
        Arbitrary<Integer> days = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 30)),
                Tuple.of(1, Arbitraries.integers().between(28, 32)), Tuple.of(1, Arbitraries.integers().between(31, 90)));
        return Combinators.combine(Arbitraries.of("1001", "2002"), totals, refundedShares, statuses, emails, currencies, days)
                .as((id, total, share, status, email, currency, daysAgo) -> new OrderSpec(id, total,
                        total.multiply(share).setScale(2, RoundingMode.HALF_DOWN), status, email, currency,
                        status.equals("delivered") ? daysAgo : null));
    }

    private static Arbitrary<Prices> prices() {
        Arbitrary<BigDecimal> oldPrices = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((BigDecimal) null)),
                Tuple.of(2, Arbitraries.of(decimals("0.00", "10.00", "19.99", "100.00"))),
                Tuple.of(4, Arbitraries.bigDecimals().between(CENT, new BigDecimal("500")).ofScale(2)));
        return Combinators.combine(oldPrices, Arbitraries.of(PriceMove.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2")).ofScale(2),
                Arbitraries.of(CostKind.class), Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1.2")).ofScale(2))
                .as(Prices::new);
    }

    private static Arbitrary<BigDecimal> fixedAmounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(decimals("20.00", "0.01", "99.99", "100.00", "100.01", "250.00", "250.01", "0", "0.00", "-5.00"))),
                Tuple.of(4, Arbitraries.bigDecimals().between(CENT, new BigDecimal("300")).ofScale(2)),
                Tuple.of(1, Arbitraries.bigDecimals().between(CENT, new BigDecimal("1500")).ofScale(2)));
    }

    /** No settings, or some of the thresholds overridden; a setting that is not a number leaves the default in force. */
    private static Arbitrary<SortedMap<String, String>> settings() {
        Arbitrary<SortedMap<String, String>> overrides = Combinators.combine(
                        Arbitraries.of("0", "50", "250", "100.00", " 75 ", "lots").injectNull(0.4),
                        Arbitraries.of("0", "5", "10", "50", "many").injectNull(0.6),
                        Arbitraries.of("0.05", "0.2", "0.5").injectNull(0.7),
                        Arbitraries.of("0", "0.3").injectNull(0.7),
                        Arbitraries.of("0.5", "0.9", "1").injectNull(0.6),
                        Arbitraries.of("30", "120").injectNull(0.7),
                        Arbitraries.of("7", "60").injectNull(0.7),
                        Arbitraries.of("1", "10").injectNull(0.7))
                .as((maxAutoRefund, bulkRecords, largePriceChange, marginFloor, stressLevel, sessionMinutes, refundWindowDays, maxRefunds) -> {
                    SortedMap<String, String> settings = new TreeMap<>();
                    put(settings, Thresholds.MAX_AUTO_REFUND, maxAutoRefund);
                    put(settings, Thresholds.BULK_RECORDS, bulkRecords);
                    put(settings, Thresholds.LARGE_PRICE_CHANGE, largePriceChange);
                    put(settings, Thresholds.MARGIN_FLOOR, marginFloor);
                    put(settings, Thresholds.STRESS_LEVEL, stressLevel);
                    put(settings, Thresholds.SESSION_MINUTES, sessionMinutes);
                    put(settings, Thresholds.REFUND_WINDOW_DAYS, refundWindowDays);
                    put(settings, Thresholds.MAX_REFUNDS_IN_30_DAYS, maxRefunds);
                    settings.put("storeName", "Acme"); // not a threshold: ignored by the rules
                    return settings;
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.<SortedMap<String, String>>just(new TreeMap<>())), Tuple.of(1, overrides));
    }

    private static void put(Map<String, String> settings, String name, String value) {
        if (value != null) {
            settings.put(name, value);
        }
    }

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] decimals = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            decimals[i] = new BigDecimal(values[i]);
        }
        return decimals;
    }
}

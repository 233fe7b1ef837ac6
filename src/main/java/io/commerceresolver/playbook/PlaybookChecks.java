package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.Product;
import io.commerceresolver.connector.Replacement;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.playbook.tools.AddressChange;
import io.commerceresolver.playbook.tools.CatalogueEdit;
import io.commerceresolver.playbook.tools.Remedy;
import io.commerceresolver.playbook.tools.ReturnedItems;
import io.commerceresolver.policy.ShipmentJudgement;

/**
 * The Check steps of every playbook's BPMN: what the store shows after a write, read back and compared with what the
 * run expected (a failed check names the writes not shown, for the one repair), and the checks that choose a route
 * (how a shipment stands, what a returning customer wants). Each keeps its result with the run and in its story.
 */
public class PlaybookChecks {

    private final PlaybookRuns runs;
    private final RunPolicy policy;
    private final EventLog events;

    public PlaybookChecks(PlaybookRuns runs, RunPolicy policy, EventLog events) {
        this.runs = runs;
        this.policy = policy;
        this.events = events;
    }

    /**
     * Reads what the store shows after the run's refund: it counts only if the refunded total now includes it, and the
     * run's return label, if it made one, is among the order's returns.
     */
    public String checkRefundVisible(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        BigDecimal expected = state.getOrder().refundedTotal().add(state.getAuthorisation().amount());
        BigDecimal actual = state.getOrderAfter() == null ? null : state.getOrderAfter().refundedTotal();
        List<String> missing = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        if (actual == null || actual.compareTo(expected) < 0) {
            missing.add("refunded total " + actual + ", expected at least " + expected);
            notShown.add("issue_refund");
        }
        if (!labelShown(state)) {
            missing.add("return label " + state.getReturnLabel().id() + " is not among the order's returns");
            notShown.add("create_return_label");
        }
        String what = "refunded total includes the refund" + (state.getReturnLabel() == null ? "" : ", return label issued");
        return recordCheck(run, new RunState.Verification(what, missing.isEmpty(), expected, actual, notShown),
                "The store does not show the refund: " + String.join("; ", missing));
    }

    /** Whether the order read back lists the run's return label; true when the run made none. */
    private static boolean labelShown(RunState state) {
        ReturnLabel label = state.getReturnLabel();
        Order after = state.getOrderAfter();
        return label == null || after != null && after.returnLabels().stream().anyMatch(shown -> shown.id().equals(label.id()));
    }

    /**
     * Reads what the store shows after the run's cancellation: it counts only if the order reads cancelled and its
     * refunded total has reached its total (the captured payment returned).
     */
    public String checkOrderCancelled(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        Order after = state.getOrderAfter();
        BigDecimal expected = state.getOrder().total();
        BigDecimal actual = after == null ? null : after.refundedTotal();
        boolean passed = after != null && after.status() == OrderStatus.CANCELLED && actual != null && actual.compareTo(expected) >= 0;
        return recordCheck(run, new RunState.Verification("order cancelled and its payment returned", passed, expected, actual,
                notShownUnless(passed, "cancel_order")),
                "The store does not show the cancellation: status " + (after == null ? null : after.status()) + ", refunded total "
                        + actual + ", expected CANCELLED and at least " + expected);
    }

    /** Reads what the store shows after the run's address change: it counts only if the order now ships there. */
    public String checkAddressUpdated(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        Address asked = AddressChange.merged(state.getOrder().shippingAddress(), ((AddressChange.Asked) run.plan()).newAddress());
        Address shown = state.getOrderAfter() == null ? null : state.getOrderAfter().shippingAddress();
        boolean passed = AddressChange.samePlace(asked, shown);
        return recordCheck(run, new RunState.Verification("order ships to the new address", passed, null, null,
                notShownUnless(passed, "update_address")), "The store does not show the new address: it shows " + shown + ", expected " + asked);
    }

    /**
     * Reads what the store shows after the run's goodwill credit: it counts only if the order lists that very credit and
     * its refunded total now includes it.
     */
    public String checkGoodwillCredited(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        Discount credit = state.getDiscount();
        Order after = state.getOrderAfter();
        BigDecimal expected = state.getOrder().refundedTotal().add(state.getAuthorisation().amount());
        BigDecimal actual = after == null ? null : after.refundedTotal();
        boolean listed = credit != null && after != null && after.discounts().stream().anyMatch(d -> d.id().equals(credit.id()));
        boolean passed = listed && actual.compareTo(expected) >= 0;
        return recordCheck(run, new RunState.Verification("order shows the goodwill credit", passed, expected, actual,
                notShownUnless(passed, "apply_discount")),
                "The store does not show the goodwill credit: " + (listed ? "" : "it is not among the order's credits, ")
                        + "refunded total " + actual + ", expected at least " + expected);
    }

    /**
     * Reads what the store shows after a return: the run's return label among the order's returns (when the order had
     * to be sent back), then the replacement among its replacements, or the refund in its refunded total.
     */
    public String checkReturnResolved(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        Order after = state.getOrderAfter();
        List<String> missing = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        if (!labelShown(state)) {
            missing.add("return label " + state.getReturnLabel().id() + " is not among the order's returns");
            notShown.add("create_return_label");
        }
        Remedy remedy = ((ReturnedItems.Asked) run.plan()).remedy();
        BigDecimal expected = null;
        BigDecimal actual = null;
        if (remedy == Remedy.REPLACEMENT) {
            if (!replacementShown(state)) {
                missing.add("the replacement is not among the order's replacements");
                notShown.add("create_replacement");
            }
        } else {
            expected = state.getOrder().refundedTotal().add(state.getAuthorisation().amount());
            actual = after == null ? null : after.refundedTotal();
            if (actual == null || actual.compareTo(expected) < 0) {
                missing.add("refunded total " + actual + ", expected at least " + expected);
                notShown.add("issue_refund");
            }
        }
        String what = "return label issued and " + (remedy == Remedy.REPLACEMENT ? "replacement sent" : "refund shown");
        return recordCheck(run, new RunState.Verification(what, missing.isEmpty(), expected, actual, notShown),
                "The store does not show the return: " + String.join("; ", missing));
    }

    /** The write a failed check names as not shown, for its repair. */
    private static List<String> notShownUnless(boolean passed, String tool) {
        return passed ? List.of() : List.of(tool);
    }

    /**
     * How the run's shipment stands against what was promised, as the route of order_status: "on_time", "late" or
     * "lost" (rules/shipments.drl); the story records what it was read from and the rules that judged it.
     */
    public String shipmentStanding(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        Tracking tracking = run.state().getTracking();
        ShipmentJudgement judged = policy.shipmentStanding(run, tracking);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("shipment", judged.standing());
        found.put("promisedAt", tracking.promisedAt());
        found.put("carrierStatus", tracking.carrierStatus());
        found.put("reasons", judged.reasons());
        found.put("firedRules", judged.firedRules());
        found.put("rulesVersion", judged.rulesVersion());
        events.runEvent(run.run(), "note", "shipment", found);
        return judged.standing();
    }

    /** Reads what the store shows after a replacement for a lost shipment: the run's replacement among the order's. */
    public String checkReplacementSent(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        RunState state = run.state();
        boolean passed = replacementShown(state);
        return recordCheck(run, new RunState.Verification("replacement sent", passed, null, null, notShownUnless(passed, "create_replacement")),
                "The store does not show the replacement: it is not among the order's replacements");
    }

    private static boolean replacementShown(RunState state) {
        Replacement sent = state.getReplacement();
        Order after = state.getOrderAfter();
        return sent != null && after != null && after.replacements().stream().anyMatch(r -> r.id().equals(sent.id()));
    }

    /** What the customer wants for the goods they send back, as the route of a return playbook: "replacement" or "refund". */
    public String remedyAsked(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        return ((ReturnedItems.Asked) run.plan()).remedy().name().toLowerCase(Locale.ROOT);
    }

    /** Reads what the store shows after the run's catalogue write: it counts only if the product shows the change asked for. */
    public String checkCatalogueChanged(String tenantId, String runId) {
        RunContext run = runs.context(tenantId, runId);
        CatalogueEdit edit = ((CatalogueEdit.Asked) run.plan()).edit();
        RunState.ProductRead read = run.state().getProductAfter();
        Product shown = read == null ? null : read.product();
        BigDecimal actual = edit.shown(shown);
        boolean passed = edit.shownBy(shown);
        return recordCheck(run, new RunState.Verification(edit.check(), passed, edit.expected(), actual,
                        notShownUnless(passed, edit.kind().operation())),
                "The store does not show the change to SKU " + edit.sku() + ": it shows " + (shown == null ? "no such product" : actual)
                        + ", expected " + edit.expected());
    }

    /** Keeps a check's result with the run (and why it failed among its reasons) and in its story; returns the route. */
    private String recordCheck(RunContext run, RunState.Verification found, String whyNot) {
        RunState state = run.state();
        // a shadow run wrote nothing, so there is nothing of its own to read back
        RunState.Verification verification = state.isShadow()
                ? new RunState.Verification(found.check() + " (not checked: a shadow run writes nothing)", true, found.expectedAtLeast(), null,
                        List.of())
                : found;
        state.setVerification(verification);
        if (!verification.passed()) {
            state.addReasons(List.of(whyNot));
        }
        runs.saveState(run.run());
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("check", verification.check());
        check.put("expectedAtLeast", verification.expectedAtLeast());
        check.put("actual", verification.actual());
        check.put("passed", verification.passed());
        events.runEvent(run.run(), "verify", "verify", check);
        return verification.passed() ? "passed" : "failed";
    }
}

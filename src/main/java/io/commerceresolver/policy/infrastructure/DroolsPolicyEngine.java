package io.commerceresolver.policy.infrastructure;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import io.commerceresolver.policy.DefaultThresholds;
import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentJudgement;
import io.commerceresolver.policy.StoreEvent;
import io.commerceresolver.policy.StoreEventVerdict;
import io.commerceresolver.policy.TicketTriage;

/**
 * Evaluates against the rule set each tenant has live: its own published version, or the shared one. A version is
 * swapped in whole (one reference), so an evaluation that has started finishes on the version it began with and
 * none ever sees half a rule set.
 *
 * <p>At start-up the rule sets may still be compiling (see {@link #loading}): the HTTP server then already answers,
 * and every evaluation or look-up waits until the shared rule set and every tenant's own version are live, so no
 * decision is ever taken on the wrong version. If the start-up load fails, every look-up fails with its cause.
 */
public class DroolsPolicyEngine implements PolicyEngine {

    /** The key of the shared rule set, which serves every tenant that has not published one of its own. */
    public static final String SHARED = "*";

    private final Map<String, CompiledRuleSet> live = new ConcurrentHashMap<>();
    /** Completes once the start-up rule sets are live; already complete for an engine built from a compiled set. */
    private final CompletableFuture<Void> ready;

    public DroolsPolicyEngine(CompiledRuleSet shared) {
        live.put(SHARED, shared);
        ready = CompletableFuture.completedFuture(null);
    }

    private DroolsPolicyEngine(CompletableFuture<Void> ready) {
        this.ready = ready;
    }

    /**
     * An engine whose rule sets are still being loaded: look-ups wait until {@link #loaded()} or {@link #failed} is
     * called. The loader puts the shared rule set (and tenants' own) live with {@link #publish} before that.
     */
    static DroolsPolicyEngine loading() {
        return new DroolsPolicyEngine(new CompletableFuture<>());
    }

    /** The start-up load is done: waiting look-ups go ahead. */
    void loaded() {
        if (!live.containsKey(SHARED)) {
            throw new IllegalStateException("the shared rule set was not put live");
        }
        ready.complete(null);
    }

    /** The start-up load failed: waiting and later look-ups fail with {@code cause}. */
    void failed(Throwable cause) {
        ready.completeExceptionally(cause);
    }

    /** Waits until the start-up rule sets are live. */
    void awaitLoaded() {
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            return;
        }
        try {
            ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rule sets were loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the rule sets could not be loaded at start-up: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public RuleEvaluation triage(String tenantId, TicketTriage triage, Map<String, String> tenantSettings) {
        return ruleSetOf(tenantId).triage(triage, tenantSettings);
    }

    @Override
    public RuleEvaluation evaluate(String tenantId, OperationRequest request, Map<String, String> tenantSettings) {
        return ruleSetOf(tenantId).evaluate(request, tenantSettings);
    }

    @Override
    public HandoffRouting route(String tenantId, Handoff handoff, Map<String, String> tenantSettings) {
        return ruleSetAbout(tenantId, Handoff.class).route(handoff, tenantSettings);
    }

    @Override
    public ShipmentJudgement judge(String tenantId, Shipment shipment, Map<String, String> tenantSettings) {
        return ruleSetAbout(tenantId, Shipment.class).judge(shipment, tenantSettings);
    }

    @Override
    public StoreEventVerdict react(String tenantId, StoreEvent event, Map<String, String> tenantSettings) {
        return ruleSetAbout(tenantId, StoreEvent.class).react(event, tenantSettings);
    }

    /**
     * The tenant's version if it has rules over {@code factType}; else the shared one. A version a tenant published
     * before handoffs or shipments were the rules' to decide would otherwise leave every handoff unassigned and every
     * shipment on time, without a word.
     */
    private CompiledRuleSet ruleSetAbout(String tenantId, Class<?> factType) {
        CompiledRuleSet serving = ruleSetOf(tenantId);
        return serving.reasonsAbout(factType) ? serving : live.get(SHARED);
    }

    @Override
    public String activeVersion(String tenantId) {
        return ruleSetOf(tenantId).version();
    }

    @Override
    public DefaultThresholds defaultThresholds(String tenantId) {
        CompiledRuleSet ruleSet = ruleSetOf(tenantId);
        return new DefaultThresholds(ruleSet.version(), ruleSet.defaultThresholds(), ruleSet.thresholdBounds());
    }

    /** The version serving the tenant now. */
    public CompiledRuleSet ruleSetOf(String tenantId) {
        awaitLoaded();
        CompiledRuleSet own = live.get(tenantId);
        return own != null ? own : live.get(SHARED);
    }

    /** The tenant's own version, if it published one. */
    public Optional<CompiledRuleSet> ownRuleSetOf(String tenantId) {
        awaitLoaded();
        return SHARED.equals(tenantId) ? Optional.empty() : Optional.ofNullable(live.get(tenantId));
    }

    /** Puts {@code ruleSet} live for the tenant (or {@link #SHARED}); the version it replaces stops lending sessions. */
    public void publish(String tenantId, CompiledRuleSet ruleSet) {
        CompiledRuleSet previous = live.put(tenantId, ruleSet);
        if (previous != null && previous != ruleSet && !live.containsValue(previous)) {
            previous.retire();
        }
    }
}

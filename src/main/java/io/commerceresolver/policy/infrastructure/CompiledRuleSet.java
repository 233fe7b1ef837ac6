package io.commerceresolver.policy.infrastructure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;

import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRoute;
import io.commerceresolver.policy.HandoffRouting;
import io.commerceresolver.policy.Operation;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentJudgement;
import io.commerceresolver.policy.ShipmentStanding;
import io.commerceresolver.policy.StoreEvent;
import io.commerceresolver.policy.StoreEventReaction;
import io.commerceresolver.policy.StoreEventRulesFailed;
import io.commerceresolver.policy.StoreEventVerdict;
import io.commerceresolver.policy.ThresholdBounds;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.policy.Verdict;

/**
 * One version of the rule set, compiled: the KIE base of its DRL rules, its DMN tables, and the sessions that
 * evaluate it. Immutable once built, so evaluations share it freely; a new version is a new object.
 *
 * <p>The DMN tables are pure functions of small inputs (a tenant's settings; a role and a tool), so their answers
 * are kept per version rather than evaluated again for every decision.
 */
public final class CompiledRuleSet {

    static final String THRESHOLDS_MODEL = "policy-thresholds";
    static final String THRESHOLDS_DECISION = "Policy thresholds";
    static final String PERMISSIONS_MODEL = "tool-permissions";
    static final String PERMISSIONS_DECISION = "Tool permitted";
    /** Bounds the memo of permission answers, whose keys come from callers. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;");

    private final String version;
    private final String sha256;
    private final RuleSetSource source;
    private final DecisionSessions sessions;
    private final DMNRuntime dmn;
    private final DMNModel permissionsModel;
    private final Map<String, BigDecimal> defaults;
    private final Map<String, ThresholdBounds> bounds;
    private final Set<String> importedTypes;
    private final Map<Map<String, String>, Thresholds> thresholdsBySettings = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Boolean>> permissionsByRole = new ConcurrentHashMap<>();

    CompiledRuleSet(String version, String sha256, RuleSetSource source, KieBase kieBase, DMNRuntime dmn, DMNModel permissionsModel,
                    Map<String, BigDecimal> defaults, Map<String, ThresholdBounds> bounds) {
        this.version = version;
        this.sha256 = sha256;
        this.source = source;
        this.sessions = new DecisionSessions(kieBase);
        this.dmn = dmn;
        this.permissionsModel = permissionsModel;
        Map<String, BigDecimal> ordered = new java.util.LinkedHashMap<>();
        Thresholds.NAMES.stream().filter(defaults::containsKey).forEach(name -> ordered.put(name, defaults.get(name)));
        this.defaults = java.util.Collections.unmodifiableMap(ordered);
        this.bounds = Map.copyOf(bounds);
        this.importedTypes = importedTypes(source);
    }

    public String version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    public RuleSetSource source() {
        return source;
    }

    public List<String> files() {
        return List.copyOf(source.ruleFiles().keySet());
    }

    /**
     * Whether any DRL file of this version imports the fact type, and so may have rules over it. A tenant's version
     * published before a kind of fact existed (handoffs, shipments) has none: its tenant is served the shared rules
     * for that kind rather than rules that say nothing (see {@link DroolsPolicyEngine#route}).
     */
    public boolean reasonsAbout(Class<?> factType) {
        return importedTypes.contains(factType.getName());
    }

    /** The types the version's DRL files import, read once: asked on every handoff and shipment. */
    private static Set<String> importedTypes(RuleSetSource source) {
        return source.ruleFiles().entrySet().stream().filter(file -> file.getKey().endsWith(RuleSetSource.DRL))
                .flatMap(file -> IMPORT.matcher(file.getValue()).results().map(found -> found.group(1)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults of rules/policy-thresholds.dmn, before any tenant's overrides. */
    public Map<String, BigDecimal> defaultThresholds() {
        return defaults;
    }

    /** The range each threshold may be overridden within, as the same table declares it. */
    public Map<String, ThresholdBounds> thresholdBounds() {
        return bounds;
    }

    RuleEvaluation triage(TicketTriage triage, Map<String, String> tenantSettings) {
        Thresholds thresholds = thresholdsFor(tenantSettings);
        Verdict verdict = new Verdict();
        List<String> fired = sessions.fire(triage.judgedBy(verdict, thresholds));
        return new RuleEvaluation(verdict, fired, version, thresholds.asMap());
    }

    HandoffRouting route(Handoff handoff, Map<String, String> tenantSettings) {
        HandoffRoute route = new HandoffRoute();
        List<String> fired = sessions.fire(handoff.routedBy(route, thresholdsFor(tenantSettings)));
        return new HandoffRouting(route.getPerson(), route.getTeam(), route.getLanguage(), route.getReasons(), fired, version);
    }

    ShipmentJudgement judge(Shipment shipment, Map<String, String> tenantSettings) {
        ShipmentStanding standing = new ShipmentStanding();
        List<String> fired = sessions.fire(shipment.judgedBy(standing, thresholdsFor(tenantSettings)));
        return new ShipmentJudgement(standing.getStanding(), standing.getReasons(), fired, version);
    }

    StoreEventVerdict react(StoreEvent event, Map<String, String> tenantSettings) {
        StoreEventReaction reaction = new StoreEventReaction();
        List<String> fired;
        try {
            fired = sessions.fire(event.reactedBy(reaction));
        } catch (RuntimeException failed) {
            throw new StoreEventRulesFailed("The store-event rules of version " + version + " failed: " + failed.getMessage(), failed);
        }
        List<StoreEventVerdict.TicketToOpen> tickets = reaction.getTickets().entrySet().stream()
                .map(ticket -> new StoreEventVerdict.TicketToOpen(ticket.getKey(), ticket.getValue())).toList();
        return new StoreEventVerdict(tickets, fired, version);
    }

    RuleEvaluation evaluate(OperationRequest request, Map<String, String> tenantSettings) {
        Thresholds thresholds = thresholdsFor(tenantSettings);
        Verdict verdict = new Verdict();
        Operation operation = new Operation(request, thresholds, permits(request.actor().getRole(), request.type()), verdict);
        List<String> fired = sessions.fire(operation, verdict);
        return new RuleEvaluation(verdict, fired, version, thresholds.asMap());
    }

    Thresholds thresholdsFor(Map<String, String> tenantSettings) {
        Thresholds known = thresholdsBySettings.get(tenantSettings);
        if (known != null) {
            return known;
        }
        Thresholds thresholds = Thresholds.of(defaults, tenantSettings);
        if (thresholdsBySettings.size() < MAX_REMEMBERED) {
            thresholdsBySettings.put(Map.copyOf(tenantSettings), thresholds);
        }
        return thresholds;
    }

    /** Whether rules/tool-permissions.dmn lets the role use the tool. */
    boolean permits(String role, String operationType) {
        Map<String, Boolean> byType = permissionsByRole.get(role);
        Boolean known = byType == null ? null : byType.get(operationType);
        if (known != null) {
            return known;
        }
        boolean permitted = askPermissionsTable(role, operationType);
        // roles come from callers: remember a bounded number of them (the tools are a fixed list)
        if (byType != null || permissionsByRole.size() < MAX_REMEMBERED) {
            permissionsByRole.computeIfAbsent(role, r -> new ConcurrentHashMap<>()).put(operationType, permitted);
        }
        return permitted;
    }

    private boolean askPermissionsTable(String role, String operationType) {
        DMNContext context = dmn.newContext();
        context.set("Actor role", role);
        context.set("Operation class", OperationClass.of(operationType).map(OperationClass::ruleName).orElse(null));
        context.set("Operation type", operationType);
        DMNResult result;
        synchronized (dmn) {
            result = dmn.evaluateAll(permissionsModel, context);
        }
        DMNDecisionResult decision = result.getDecisionResultByName(PERMISSIONS_DECISION);
        if (result.hasErrors() || decision == null) {
            throw new IllegalStateException("rules/tool-permissions.dmn could not decide for role " + role + " and " + operationType
                    + ": " + result.getMessages());
        }
        // anything but an explicit true (null, a non-boolean) is no permission
        return Boolean.TRUE.equals(decision.getResult());
    }

    /** Stops lending out sessions of this version; called once a newer version serves. */
    void retire() {
        sessions.close();
    }
}

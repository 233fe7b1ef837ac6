package io.commerceresolver.policy.infrastructure;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.policy.DecisionInput;
import io.commerceresolver.policy.PolicyFeatureCheck;
import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;

/**
 * Puts rule set versions live, per tenant. A candidate is compiled, validated and run through the policy features
 * first; only if all of that passes is it recorded and swapped in, in one step. Otherwise the version serving
 * keeps serving and the publisher gets every problem, by file and line.
 */
public class RuleSetPublisher implements RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSetPublisher.class);
    static final String ACTIVE = "ACTIVE";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String PENDING = "PENDING_APPROVAL";

    private final RuleSetCompiler compiler;
    private final PolicyFeatures features;
    private final DroolsPolicyEngine engine;
    private final RuleSetMapper ruleSets;
    private final DecisionMapper decisions;
    private final PolicyFeatureCheckMapper featureChecks;
    private final Transactions transactions;
    private final StoredJson json;
    private final Clock clock;
    private final Path rulesFolder;
    private final Path featuresFolder;
    /** One publication at a time: two racing publishers must not each believe they replaced the same version. */
    private final ReentrantLock publishing = new ReentrantLock();

    public RuleSetPublisher(RuleSetCompiler compiler, PolicyFeatures features, DroolsPolicyEngine engine, RuleSetMapper ruleSets,
                            DecisionMapper decisions, PolicyFeatureCheckMapper featureChecks, Transactions transactions, StoredJson json,
                            Clock clock, Path rulesFolder, Path featuresFolder) {
        this.compiler = compiler;
        this.features = features;
        this.engine = engine;
        this.ruleSets = ruleSets;
        this.decisions = decisions;
        this.featureChecks = featureChecks;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.rulesFolder = rulesFolder;
        this.featuresFolder = featuresFolder;
    }

    @Override
    public String activeVersion(String tenantId) {
        return engine.activeVersion(tenantId);
    }

    @Override
    public String sharedVersion() {
        return engine.activeVersion(DroolsPolicyEngine.SHARED);
    }

    @Override
    public boolean hasOwnRuleSet(String tenantId) {
        return engine.ownRuleSetOf(tenantId).isPresent();
    }

    /** The folder's rule set and the installed policy features, as the tenant's live version. */
    @Override
    public Published reload(String tenantId, String publishedBy) {
        return publish(tenantId, RuleSetSource.fromFolder(rulesFolder), publishedBy);
    }

    /**
     * Compiles, validates and checks {@code candidate} against its own policy features, or the installed ones if it
     * brings none. Then it goes live, unless its features differ from those the live version is held to: then it is
     * stored as a proposal for a second analyst or admin to approve.
     *
     * @throws RuleSetInvalid with every problem found; nothing changes then
     */
    @Override
    public Published publish(String tenantId, RuleSetSource candidate, String publishedBy) {
        // the start-up load holds the lock while the engine is not answering yet: wait for the engine first
        engine.awaitLoaded();
        publishing.lock();
        try {
            RuleSetSource withFeatures = withFeatures(candidate);
            Checked checked = check(withFeatures);
            if (!withFeatures.featureFiles().equals(liveFeatures(tenantId))) {
                return propose(tenantId, checked, publishedBy);
            }
            return goLive(tenantId, checked, publishedBy, null);
        } finally {
            publishing.unlock();
        }
    }

    @Override
    public Published approve(String tenantId, String version, String approvedBy) {
        engine.awaitLoaded();
        publishing.lock();
        try {
            RuleSetMapper.RuleSetRow row = proposal(tenantId, version);
            if (row.publishedBy().equals(approvedBy)) {
                throw new Forbidden(approvedBy + " proposed version " + version + ": a second analyst or admin must approve it");
            }
            return goLive(tenantId, check(sourceOf(row)), row.publishedBy(), approvedBy);
        } finally {
            publishing.unlock();
        }
    }

    @Override
    public VersionSummary reject(String tenantId, String version, String rejectedBy) {
        proposal(tenantId, version);
        if (ruleSets.reject(tenantId, version, rejectedBy) == 0) {
            throw new Conflict("Version " + version + " was decided a moment ago");
        }
        return summary(ruleSets.find(tenantId, version).orElseThrow());
    }

    private RuleSetMapper.RuleSetRow proposal(String tenantId, String version) {
        RuleSetMapper.RuleSetRow row = ruleSets.find(tenantId, version).orElseThrow(() -> new NotFound("rule set version", version));
        if (!PENDING.equals(row.status())) {
            throw new Conflict("Version " + version + " is " + row.status() + ", not waiting for approval");
        }
        return row;
    }

    private record Checked(CompiledRuleSet compiled, PolicyFeaturesReport report) {
    }

    private RuleSetSource withFeatures(RuleSetSource candidate) {
        RuleSetSource withFeatures = candidate.featureFiles().isEmpty()
                ? candidate.withFeatures(RuleSetSource.featuresIn(featuresFolder)) : candidate;
        if (withFeatures.featureFiles().isEmpty()) {
            throw new RuleSetInvalid(withFeatures.origin(), List.of(RuleSetProblem.general("there are no policy features (upload "
                    + "them as 'features', or install them in " + featuresFolder + ") to check the candidate against")));
        }
        return withFeatures;
    }

    /** The features the tenant's live version was checked against: its own, or the installed ones. */
    @Override
    public SortedMap<String, String> liveFeatures(String tenantId) {
        Map<String, String> live = engine.ruleSetOf(tenantId).source().featureFiles();
        return new TreeMap<>(live.isEmpty() ? RuleSetSource.featuresIn(featuresFolder) : live);
    }

    @Override
    public Validation validate(RuleSetSource candidate) {
        try {
            CompiledRuleSet compiled = compiler.compile(candidate);
            compiled.retire();
            return new Validation(compiled.version(), List.of());
        } catch (RuleSetInvalid invalid) {
            return new Validation(null, invalid.problems());
        }
    }

    @Override
    public Optional<PolicyFeatureCheck> lastFeatureCheck(String tenantId, String version) {
        return featureChecks.find(tenantId, version).map(row -> new PolicyFeatureCheck(row.version(), row.checkedAt(),
                new PolicyFeaturesReport(row.scenarios(), row.passed(),
                        json.read(row.failures(), new TypeReference<List<RuleSetProblem>>() { }))));
    }

    @Override
    public PolicyFeatureCheck checkLiveFeatures(String tenantId) {
        engine.awaitLoaded();
        CompiledRuleSet live = engine.ruleSetOf(tenantId);
        PolicyFeaturesReport report = features.check(live, liveFeatures(tenantId));
        keep(tenantId, live.version(), report);
        return new PolicyFeatureCheck(live.version(), clock.instant(), report);
    }

    /** Keeps a run of the policy features for the manual; failing to keep it must not undo what was checked. */
    private void keep(String tenantId, String version, PolicyFeaturesReport report) {
        if (DroolsPolicyEngine.SHARED.equals(tenantId)) {
            return;
        }
        PolicyFeatureCheckMapper.CheckRow row = new PolicyFeatureCheckMapper.CheckRow(tenantId, version, clock.instant(),
                report.scenarios(), report.passed(), json.write(report.failures()));
        try {
            transactions.inTransaction(() -> {
                if (featureChecks.update(row) == 0) {
                    featureChecks.insert(row);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not keep the policy features' result for version {} of tenant {}: {}", version, tenantId, e.toString());
        }
    }

    /** Compiles and runs the features; a candidate that fails them is retired and refused. */
    private Checked check(RuleSetSource withFeatures) {
        CompiledRuleSet compiled = compiler.compile(withFeatures);
        PolicyFeaturesReport report = features.check(compiled, withFeatures.featureFiles());
        if (!report.allPassed()) {
            compiled.retire();
            List<RuleSetProblem> problems = new ArrayList<>(report.failures());
            if (problems.isEmpty()) {
                problems.add(RuleSetProblem.general(report.passed() + " of " + report.scenarios() + " policy scenarios passed"));
            }
            throw new RuleSetInvalid(withFeatures.origin(), problems);
        }
        return new Checked(compiled, report);
    }

    private Published goLive(String tenantId, Checked checked, String publishedBy, String approvedBy) {
        CompiledRuleSet compiled = checked.compiled();
        String previous = engine.ruleSetOf(tenantId).version();
        transactions.inTransaction(() -> record(tenantId, compiled, publishedBy, approvedBy, previous));
        engine.publish(tenantId, compiled);
        keep(tenantId, compiled.version(), checked.report());
        log.info("Rule set {} is live for tenant {} (was {}), published by {}{}", compiled.version(), tenantId, previous, publishedBy,
                approvedBy == null ? "" : ", approved by " + approvedBy);
        return new Published(tenantId, compiled.version(), ACTIVE, previous, compiled.sha256(), compiled.files(), checked.report(),
                !compiled.version().equals(previous), publishedBy, approvedBy);
    }

    /** Stores the checked candidate as a proposal; nothing goes live. */
    private Published propose(String tenantId, Checked checked, String publishedBy) {
        CompiledRuleSet compiled = checked.compiled();
        compiled.retire();
        String live = engine.ruleSetOf(tenantId).version();
        if (compiled.version().equals(live)) {
            throw new Conflict("Version " + live + " is live already");
        }
        transactions.inTransaction(() -> {
            if (ruleSets.find(tenantId, compiled.version()).isEmpty()) {
                ruleSets.insert(new RuleSetMapper.RuleSetRow(tenantId, compiled.version(), compiled.sha256(), compiled.source().origin(),
                        publishedBy, clock.instant(), PENDING, json.write(compiled.source().ruleFiles()),
                        json.write(compiled.source().featureFiles()), live, null));
            } else {
                ruleSets.markProposed(tenantId, compiled.version(), publishedBy, clock.instant());
            }
        });
        keep(tenantId, compiled.version(), checked.report());
        log.info("Rule set {} for tenant {} changes the policy features: proposed by {}, waiting for a second analyst",
                compiled.version(), tenantId, publishedBy);
        return new Published(tenantId, compiled.version(), PENDING, live, compiled.sha256(), compiled.files(), checked.report(), false,
                publishedBy, null);
    }

    /** Makes a version the tenant (or the shared rule set) published before live again, after the same checks. */
    @Override
    public Published restore(String tenantId, String version, String publishedBy) {
        RuleSetMapper.RuleSetRow row = ruleSets.find(tenantId, version)
                .or(() -> ruleSets.find(DroolsPolicyEngine.SHARED, version))
                .filter(r -> r.ruleFiles() != null)
                .orElseThrow(() -> new NotFound("rule set version", version));
        return publish(tenantId, sourceOf(row), publishedBy);
    }

    @Override
    public List<VersionSummary> versions(String tenantId) {
        List<VersionSummary> versions = new ArrayList<>();
        for (RuleSetMapper.RuleSetRow row : ruleSets.list(tenantId)) {
            versions.add(summary(row));
        }
        return versions;
    }

    @Override
    public List<VersionEntry> history(String tenantId) {
        return ruleSets.listVersions(tenantId).stream().map(row -> new VersionEntry(row.version(), row.status(), row.source(),
                row.publishedBy(), row.publishedAt(), row.previousVersion(), row.approvedBy())).toList();
    }

    /** The text of one version the tenant can restore: its own, or one of the shared rule set's. */
    @Override
    public RuleSetSource source(String tenantId, String version) {
        return ruleSets.find(tenantId, version).or(() -> ruleSets.find(DroolsPolicyEngine.SHARED, version))
                .filter(r -> r.ruleFiles() != null).map(this::sourceOf)
                .orElseThrow(() -> new NotFound("rule set version", version));
    }

    /**
     * Asks {@code candidate} the questions of the tenant's last {@code last} decisions and reports every answer
     * that would change. Nothing is stored and nothing goes live.
     */
    @Override
    public WhatIf whatIf(String tenantId, RuleSetSource candidate, int last) {
        RuleSetSource withFeatures = candidate.featureFiles().isEmpty()
                ? candidate.withFeatures(RuleSetSource.featuresIn(featuresFolder)) : candidate;
        CompiledRuleSet compiled = compiler.compile(withFeatures);
        try {
            List<Change> changed = new ArrayList<>();
            List<DecisionMapper.DecisionRow> recent = decisions.latest(tenantId, last);
            for (DecisionMapper.DecisionRow row : recent) {
                Map<String, Object> input = json.read(row.input(), new TypeReference<Map<String, Object>>() { });
                RuleEvaluation after = replay(compiled, input);
                Map<String, Object> before = outcome(row.playbook(), row.tier(), row.allowed(), row.approvalRequired(), row.approverRole());
                Map<String, Object> now = outcome(after.verdict().getPlaybook(), after.verdict().getTier(), after.verdict().isAllowed(),
                        after.verdict().isApprovalRequired(), after.verdict().getApproverRole());
                if (!before.equals(now)) {
                    before.put("firedRules", row.firedRules() == null ? List.of() : json.read(row.firedRules(), new TypeReference<List<Object>>() { }));
                    now.put("reasons", after.verdict().getReasons());
                    now.put("firedRules", after.firedRules());
                    changed.add(new Change(row.id(), row.subject(), before, now));
                }
            }
            PolicyFeaturesReport report = features.check(compiled, withFeatures.featureFiles());
            keep(tenantId, compiled.version(), report);
            return new WhatIf(engine.activeVersion(tenantId), compiled.version(), recent.size(), changed, report);
        } finally {
            compiled.retire();
        }
    }

    @SuppressWarnings("unchecked")
    private static RuleEvaluation replay(CompiledRuleSet candidate, Map<String, Object> input) {
        Map<String, String> settings = new LinkedHashMap<>();
        ((Map<String, Object>) input.getOrDefault("settings", Map.of())).forEach((k, v) -> settings.put(k, Objects.toString(v, null)));
        if (input.containsKey("operation")) {
            return candidate.evaluate(DecisionInput.read(input), settings);
        }
        Object confidence = input.get("confidence");
        return candidate.triage(new TicketTriage((String) input.get("intent"),
                confidence instanceof Number n ? n.doubleValue() : 0.0, (String) input.get("orderId")), settings);
    }

    private static Map<String, Object> outcome(String playbook, int tier, boolean allowed, boolean approvalRequired, String approverRole) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        if (playbook != null) {
            outcome.put("playbook", playbook);
        }
        outcome.put("tier", tier);
        outcome.put("allowed", allowed);
        outcome.put("approvalRequired", approvalRequired);
        outcome.put("approverRole", approverRole);
        return outcome;
    }

    /** Called inside the publication's transaction: the version's row, now the only active one of the tenant. */
    private void record(String tenantId, CompiledRuleSet compiled, String publishedBy, String approvedBy, String previous) {
        if (ruleSets.find(tenantId, compiled.version()).isEmpty()) {
            ruleSets.insert(new RuleSetMapper.RuleSetRow(tenantId, compiled.version(), compiled.sha256(), compiled.source().origin(),
                    publishedBy, clock.instant(), ACTIVE, json.write(compiled.source().ruleFiles()),
                    json.write(compiled.source().featureFiles()), previous, approvedBy));
        } else {
            ruleSets.markActive(tenantId, compiled.version(), publishedBy, clock.instant(), previous, approvedBy);
        }
        ruleSets.supersedeAllBut(tenantId, compiled.version());
    }

    /**
     * At start-up: compiles the shared rule set from the folder and puts it live, records it, then puts each tenant's
     * own live version from the database live, and only then lets the engine answer (see
     * {@link DroolsPolicyEngine#loading()}). On any failure the engine fails every look-up with the cause.
     */
    void loadAtStartup() {
        // the shared rule set and every tenant's own: system work across tenants
        TenantScope.acrossTenants(this::loadAll);
    }

    private void loadAll() {
        publishing.lock();
        try {
            CompiledRuleSet shared = compiler.compile(rulesFolder);
            log.info("Rule set {} loaded from {} ({})", shared.version(), shared.source().origin(), String.join(", ", shared.files()));
            engine.publish(DroolsPolicyEngine.SHARED, shared);
            String previous = ruleSets.findActive(DroolsPolicyEngine.SHARED).map(RuleSetMapper.RuleSetRow::version).orElse(null);
            transactions.inTransaction(() -> record(DroolsPolicyEngine.SHARED, shared, "startup", null, previous));
            for (RuleSetMapper.RuleSetRow row : ruleSets.allActive()) {
                if (row.ruleFiles() == null) {
                    continue;
                }
                try {
                    engine.publish(row.tenantId(), compiler.compile(sourceOf(row)));
                    log.info("Tenant {} serves its own rule set {}", row.tenantId(), row.version());
                } catch (RuleSetInvalid invalid) {
                    // a stored version that no longer compiles (say, after an engine upgrade) must not stop the service
                    log.error("Tenant {}'s rule set {} no longer compiles; it is served the shared rule set {}.\n{}", row.tenantId(),
                            row.version(), shared.version(), invalid.getMessage());
                }
            }
            engine.loaded();
        } catch (RuntimeException | Error e) {
            engine.failed(e);
            throw e;
        } finally {
            publishing.unlock();
        }
    }

    private RuleSetSource sourceOf(RuleSetMapper.RuleSetRow row) {
        SortedMap<String, String> ruleFiles = json.read(row.ruleFiles(), new TypeReference<TreeMap<String, String>>() { });
        SortedMap<String, String> featureFiles = row.featureFiles() == null ? new TreeMap<>()
                : json.read(row.featureFiles(), new TypeReference<TreeMap<String, String>>() { });
        return new RuleSetSource("version " + row.version() + " (" + row.source() + ")", ruleFiles, featureFiles);
    }

    private VersionSummary summary(RuleSetMapper.RuleSetRow row) {
        List<String> files = row.ruleFiles() == null ? List.of()
                : List.copyOf(json.read(row.ruleFiles(), new TypeReference<TreeMap<String, String>>() { }).keySet());
        return new VersionSummary(row.version(), row.sha256(), row.status(), row.source(), row.publishedBy(), row.publishedAt(),
                row.previousVersion(), files, row.approvedBy());
    }
}

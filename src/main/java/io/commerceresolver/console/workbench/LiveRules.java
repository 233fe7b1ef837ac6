package io.commerceresolver.console.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.policy.DefaultThresholds;
import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.policy.ThresholdBounds;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * The tenant's live rule set as an analyst reads it: its version and files, the thresholds with the tenant's
 * overrides, and the decision tables (the role → tool table among them) as tables rather than XML.
 */
public class LiveRules {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    static final String PENDING = "PENDING_APPROVAL";

    private final RuleSets ruleSets;
    private final PolicyEngine engine;
    private final TenantDirectory tenants;

    public LiveRules(RuleSets ruleSets, PolicyEngine engine, TenantDirectory tenants) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.tenants = tenants;
    }

    public record Threshold(String name, String meaning, BigDecimal defaultValue, String bounds, String override, BigDecimal inForce) {

        public boolean overridden() {
            return override != null;
        }
    }

    /** A rule file: a DRL file's rules by name, or a DMN file's decision tables. */
    public record RuleFile(String name, int lines, List<String> ruleNames, List<DecisionTables.Table> tables) {

        public boolean dmn() {
            return name.endsWith(RuleSetSource.DMN);
        }
    }

    public record View(String version, boolean ownRuleSet, String sharedVersion, List<Threshold> thresholds, List<RuleFile> files,
                       List<RuleSets.VersionEntry> versions, List<RuleSets.VersionEntry> pending) {

        public RuleFile file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        }
    }

    public View of(String tenantId) {
        DefaultThresholds defaults = engine.defaultThresholds(tenantId);
        String version = defaults.rulesVersion();
        RuleSetSource source = ruleSets.source(tenantId, version);
        Map<String, String> settings = tenants.find(tenantId).map(Tenant::settings).orElse(Map.of());
        Thresholds inForce = Thresholds.of(defaults.values(), settings);
        Map<String, ThresholdTable.Row> rows = ThresholdTable.rows(source.ruleFiles().getOrDefault(ThresholdTable.FILE, ""));
        List<Threshold> thresholds = new ArrayList<>();
        for (String name : Thresholds.NAMES) {
            ThresholdBounds bounds = defaults.bounds().get(name);
            ThresholdTable.Row row = rows.get(name);
            thresholds.add(new Threshold(name, row == null ? "" : row.meaning(), defaults.values().get(name),
                    bounds == null ? "not overridable" : bounds.toString(), settings.get(name), inForce.asMap().get(name)));
        }
        List<RuleFile> files = new ArrayList<>();
        source.ruleFiles().forEach((name, text) -> files.add(file(name, text)));
        List<RuleSets.VersionEntry> versions = ruleSets.history(tenantId);
        return new View(version, ruleSets.hasOwnRuleSet(tenantId), ruleSets.sharedVersion(), thresholds, files, versions,
                versions.stream().filter(v -> PENDING.equals(v.status())).toList());
    }

    static RuleFile file(String name, String text) {
        int lines = text.isEmpty() ? 0 : text.split("\n", -1).length;
        if (name.endsWith(RuleSetSource.DMN)) {
            List<DecisionTables.Table> tables;
            try {
                tables = DecisionTables.of(text);
            } catch (IllegalArgumentException unreadable) {
                tables = List.of();
            }
            return new RuleFile(name, lines, List.of(), tables);
        }
        List<String> names = new ArrayList<>();
        Matcher rule = RULE_NAME.matcher(text);
        while (rule.find()) {
            names.add(rule.group(1));
        }
        return new RuleFile(name, lines, names, List.of());
    }
}

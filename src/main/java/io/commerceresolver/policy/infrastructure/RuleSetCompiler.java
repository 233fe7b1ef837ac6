package io.commerceresolver.policy.infrastructure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieRuntimeFactory;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.ThresholdBounds;
import io.commerceresolver.policy.Thresholds;

/**
 * Compiles a rule set (DRL rules and DMN tables) through the KIE API, at run time, so analysts change rules without
 * a rebuild. The version is named by the content: the SHA-256 over the KIE module and every rule file's name and
 * text, in name order. Nothing is compiled half: any problem in any file fails the whole set, with every problem
 * listed by file and line.
 */
public class RuleSetCompiler {

    /** The KIE base every rule file goes into; kie-config/kmodule.xml declares it. */
    static final String KIE_BASE = "policy";
    private static final String MODULE_PATH = "src/main/resources/rules/";

    private final String kmodule;
    private final RuleSetGuard guard = new RuleSetGuard();

    /** @param kmodule the kmodule.xml that declares the {@value #KIE_BASE} KIE base */
    public RuleSetCompiler(Path kmodule) {
        try {
            this.kmodule = Files.readString(kmodule, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public CompiledRuleSet compile(Path folder) {
        return compile(RuleSetSource.fromFolder(folder));
    }

    public CompiledRuleSet compile(RuleSetSource source) {
        if (source.ruleFiles().isEmpty()) {
            throw new RuleSetInvalid(source.origin(), List.of(RuleSetProblem.general("no .drl or .dmn files in " + source.origin())));
        }
        // before anything is compiled: compiling a DRL file already runs code (its consequences become classes)
        List<RuleSetProblem> refused = guard.check(source);
        if (!refused.isEmpty()) {
            throw new RuleSetInvalid(source.origin(), refused);
        }
        List<RuleSetProblem> problems = new ArrayList<>(validateDmn(source));
        String sha256 = contentHash(source);
        String version = sha256.substring(0, 12);
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("io.commerceresolver.rules", "policy", "1.0.0-" + version);
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId).writeKModuleXML(kmodule);
        // the path inside the KIE module keeps each file's own name, so errors point analysts at it
        source.ruleFiles().forEach((name, text) -> kfs.write(MODULE_PATH + name, text));
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<RuleSetProblem> buildProblems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            buildProblems.add(describe(message, source));
        }
        // a file that does not parse also reports "Parser returned a null Package": noise beside the real error
        buildProblems.stream().filter(p -> !(p.line() == 0 && p.message().startsWith("Parser returned a null Package")
                && buildProblems.stream().anyMatch(o -> o != p && java.util.Objects.equals(o.file(), p.file())))).forEach(problems::add);
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            // the DMN validator and the build report a broken expression alike: say it once
            throw new RuleSetInvalid(source.origin(), List.copyOf(new java.util.LinkedHashSet<>(problems)));
        }
        KieContainer container = kie.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase(KIE_BASE);
        // the module is only needed to build the KieBase; left registered, it would keep every old version alive
        kie.getRepository().removeKieModule(releaseId);
        DMNRuntime dmn = KieRuntimeFactory.of(kieBase).get(DMNRuntime.class);
        DMNModel thresholdsModel = model(dmn, CompiledRuleSet.THRESHOLDS_MODEL, source);
        DMNModel permissionsModel = model(dmn, CompiledRuleSet.PERMISSIONS_MODEL, source);
        ThresholdRows thresholds = defaultThresholds(dmn, thresholdsModel, source);
        CompiledRuleSet compiled = new CompiledRuleSet(version, sha256, source, kieBase, dmn, permissionsModel, thresholds.defaults(),
                thresholds.bounds());
        try {
            compiled.thresholdsFor(Map.of());
        } catch (IllegalArgumentException incomplete) {
            throw new RuleSetInvalid(source.origin(), List.of(new RuleSetProblem(shown(fileOf(thresholdsModel, source)), 0,
                    incomplete.getMessage())));
        }
        return compiled;
    }

    private static List<RuleSetProblem> validateDmn(RuleSetSource source) {
        List<RuleSetProblem> problems = new ArrayList<>();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            source.ruleFiles().forEach((name, text) -> {
                if (!name.endsWith(RuleSetSource.DMN)) {
                    return;
                }
                List<DMNMessage> messages = validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA,
                        DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.VALIDATE_COMPILATION).theseModels(new StringReader(text));
                for (DMNMessage message : messages) {
                    if (message.getSeverity() == DMNMessage.Severity.ERROR) {
                        problems.add(new RuleSetProblem(shown(name), lineOfElement(text, message.getSourceId()), message.getText().strip()));
                    }
                }
            });
        } finally {
            validator.dispose();
        }
        return problems;
    }

    private static DMNModel model(DMNRuntime dmn, String name, RuleSetSource source) {
        return dmn.getModels().stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new RuleSetInvalid(source.origin(), List.of(RuleSetProblem.general(
                        "the rule set needs a DMN model named '" + name + "' (rules/" + name + ".dmn)"))));
    }

    private record ThresholdRows(Map<String, BigDecimal> defaults, Map<String, ThresholdBounds> bounds) {
    }

    /**
     * Evaluates the thresholds table once: a list of {threshold, value, min, max} rows. Bounds may be left empty (rule
     * sets written before they existed); such a threshold keeps its default and cannot be overridden.
     */
    private static ThresholdRows defaultThresholds(DMNRuntime dmn, DMNModel model, RuleSetSource source) {
        DMNContext context = dmn.newContext();
        DMNResult result = dmn.evaluateAll(model, context);
        DMNDecisionResult decision = result.getDecisionResultByName(CompiledRuleSet.THRESHOLDS_DECISION);
        String fileName = fileOf(model, source);
        String file = shown(fileName);
        if (result.hasErrors() || decision == null || !(decision.getResult() instanceof List<?> rows)) {
            throw new RuleSetInvalid(source.origin(), List.of(new RuleSetProblem(file, 0, "decision '" + CompiledRuleSet.THRESHOLDS_DECISION
                    + "' must give a list of {threshold, value} rows: " + result.getMessages())));
        }
        Map<String, BigDecimal> defaults = new LinkedHashMap<>();
        Map<String, ThresholdBounds> bounds = new LinkedHashMap<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof Map<?, ?> entry && entry.get("threshold") instanceof String threshold
                    && entry.get("value") instanceof BigDecimal value) {
                int line = lineOfText(source.ruleFiles().get(fileName), "\"" + threshold + "\"");
                if (!Thresholds.NAMES.contains(threshold)) {
                    problems.add(new RuleSetProblem(file, line, "unknown threshold '" + threshold + "'; the rules know " + Thresholds.NAMES));
                } else if (defaults.put(threshold, value) != null) {
                    problems.add(new RuleSetProblem(file, line, "threshold '" + threshold + "' is given twice"));
                } else if (entry.get("min") instanceof BigDecimal min && entry.get("max") instanceof BigDecimal max) {
                    ThresholdBounds range = new ThresholdBounds(min, max);
                    if (!range.contains(value)) {
                        problems.add(new RuleSetProblem(file, line, "threshold '" + threshold + "': the default " + value.toPlainString()
                                + " lies outside its own bounds " + range));
                    }
                    bounds.put(threshold, range);
                }
            } else {
                problems.add(new RuleSetProblem(file, 0, "a row of '" + CompiledRuleSet.THRESHOLDS_DECISION + "' is not a {threshold, value}: " + row));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetInvalid(source.origin(), problems);
        }
        return new ThresholdRows(defaults, bounds);
    }

    /** Problems name files as they sit in the project: rules/risk-tiers.drl. */
    static String shown(String name) {
        return "rules/" + name;
    }

    private static String fileOf(DMNModel model, RuleSetSource source) {
        return source.ruleFiles().entrySet().stream()
                .filter(e -> e.getKey().endsWith(RuleSetSource.DMN) && e.getValue().contains("name=\"" + model.getName() + "\""))
                .map(Map.Entry::getKey).findFirst().orElse(model.getName() + RuleSetSource.DMN);
    }

    private static RuleSetProblem describe(Message message, RuleSetSource source) {
        String name = message.getPath() == null ? null : message.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
        int line = message.getLine();
        String text = message.getText().strip();
        if (line <= 0 && message instanceof DMNMessage dmn && name != null) {
            line = lineOfElement(source.ruleFiles().get(name), dmn.getSourceId());
        }
        return new RuleSetProblem(name == null ? null : shown(name), Math.max(line, 0), text);
    }

    /** DMN messages name the element; an analyst needs the line it is on. */
    private static int lineOfElement(String text, String elementId) {
        return elementId == null ? 0 : lineOfText(text, "id=\"" + elementId + "\"");
    }

    private static int lineOfText(String text, String needle) {
        if (text == null) {
            return 0;
        }
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The KIE module's settings change how the rules behave, so they are part of the version too. */
    private String contentHash(RuleSetSource source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(kmodule.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            source.ruleFiles().forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package io.commerceresolver.console.workbench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.TableRow;

import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleSetProblem;

/**
 * A policy feature (Gherkin) as a page an analyst reads: its scenarios with their steps and example tables, each
 * scenario and example row marked with its result in the last run of the features (a failure is reported at the line
 * of its scenario, or of its example row).
 */
public final class ManualPages {

    static final String FOLDER = "features/policy/";

    private ManualPages() {
    }

    public enum Result { PASSED, FAILED, NOT_RUN }

    public record Step(String keyword, String text, List<List<String>> table, String docString) {
    }

    public record ExampleRow(int line, List<String> cells, Result result, String failure) {
    }

    public record Examples(String name, List<String> header, List<ExampleRow> rows) {
    }

    public record Scenario(String keyword, String name, String description, int line, List<String> tags, List<Step> steps,
                           List<Examples> examples, Result result, List<String> failures) {

        public String anchor() {
            return "line-" + line;
        }
    }

    public record Feature(String file, String name, String description, List<Step> background, List<Scenario> scenarios,
                          String parseError) {

        public long count(Result result) {
            return scenarios.stream().filter(s -> s.result() == result).count();
        }

        public long passed() {
            return count(Result.PASSED);
        }

        public long failed() {
            return count(Result.FAILED);
        }

        public Result result() {
            return count(Result.FAILED) > 0 ? Result.FAILED : count(Result.NOT_RUN) > 0 ? Result.NOT_RUN : Result.PASSED;
        }

        /** The page's address: the file name without its folder and extension. */
        public String slug() {
            return slugOf(file.startsWith(FOLDER) ? file.substring(FOLDER.length()) : file);
        }
    }

    public static String slugOf(String name) {
        String base = name.endsWith(".feature") ? name.substring(0, name.length() - ".feature".length()) : name;
        return base.replace('/', '~');
    }

    /**
     * @param name   the file's path under features/policy/
     * @param report the last run against the live version, or null if there is none
     */
    public static Feature of(String name, String text, PolicyFeaturesReport report) {
        String file = FOLDER + name;
        Map<Integer, List<String>> failures = new HashMap<>();
        if (report != null) {
            for (RuleSetProblem failure : report.failures()) {
                if (file.equals(failure.file())) {
                    failures.computeIfAbsent(failure.line(), line -> new ArrayList<>()).add(failure.message());
                }
            }
        }
        boolean ran = report != null;
        try (Stream<Envelope> parsed = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(name, text.getBytes(StandardCharsets.UTF_8))) {
            for (Envelope envelope : (Iterable<Envelope>) parsed::iterator) {
                if (envelope.getParseError().isPresent()) {
                    return new Feature(file, name, "", List.of(), List.of(), envelope.getParseError().get().getMessage());
                }
                if (envelope.getGherkinDocument().isPresent() && envelope.getGherkinDocument().get().getFeature().isPresent()) {
                    io.cucumber.messages.types.Feature feature = envelope.getGherkinDocument().get().getFeature().get();
                    List<Step> background = new ArrayList<>();
                    List<Scenario> scenarios = new ArrayList<>();
                    for (FeatureChild child : feature.getChildren()) {
                        child.getBackground().ifPresent(b -> background.addAll(steps(b)));
                        child.getScenario().ifPresent(s -> scenarios.add(scenario(s, failures, ran)));
                        child.getRule().ifPresent(rule -> {
                            for (RuleChild ruleChild : rule.getChildren()) {
                                ruleChild.getScenario().ifPresent(s -> scenarios.add(scenario(s, failures, ran)));
                            }
                        });
                    }
                    return new Feature(file, feature.getName(), feature.getDescription() == null ? "" : feature.getDescription().strip(),
                            background, scenarios, null);
                }
            }
        }
        return new Feature(file, name, "", List.of(), List.of(), "the file holds no Feature");
    }

    private static List<Step> steps(Background background) {
        return background.getSteps().stream().map(ManualPages::step).toList();
    }

    private static Step step(io.cucumber.messages.types.Step step) {
        List<List<String>> table = step.getDataTable().map(t -> t.getRows().stream().map(ManualPages::cells).toList()).orElse(List.of());
        return new Step(step.getKeyword().strip(), step.getText(), table, step.getDocString().map(d -> d.getContent()).orElse(null));
    }

    private static Scenario scenario(io.cucumber.messages.types.Scenario scenario, Map<Integer, List<String>> failures, boolean ran) {
        int line = scenario.getLocation().getLine().intValue();
        List<String> scenarioFailures = new ArrayList<>(failures.getOrDefault(line, List.of()));
        List<Examples> examples = new ArrayList<>();
        boolean anyRowFailed = false;
        for (io.cucumber.messages.types.Examples table : scenario.getExamples()) {
            List<ExampleRow> rows = new ArrayList<>();
            for (TableRow row : table.getTableBody()) {
                int rowLine = row.getLocation().getLine().intValue();
                List<String> rowFailures = failures.getOrDefault(rowLine, List.of());
                anyRowFailed |= !rowFailures.isEmpty();
                rows.add(new ExampleRow(rowLine, cells(row), !ran ? Result.NOT_RUN : rowFailures.isEmpty() ? Result.PASSED : Result.FAILED,
                        rowFailures.isEmpty() ? null : String.join("; ", rowFailures)));
            }
            examples.add(new Examples(table.getName(), table.getTableHeader().map(ManualPages::cells).orElse(List.of()), rows));
        }
        Result result = !ran ? Result.NOT_RUN : scenarioFailures.isEmpty() && !anyRowFailed ? Result.PASSED : Result.FAILED;
        return new Scenario(scenario.getKeyword(), scenario.getName(), scenario.getDescription() == null ? "" : scenario.getDescription().strip(),
                line, scenario.getTags().stream().map(t -> t.getName()).toList(), scenario.getSteps().stream().map(ManualPages::step).toList(),
                examples, result, scenarioFailures);
    }

    private static List<String> cells(TableRow row) {
        return row.getCells().stream().map(c -> c.getValue()).toList();
    }
}

package io.commerceresolver.policy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cucumber.gherkin.GherkinParser;

import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;

/** The runner behind publication: the real features pass on the real rules, and a broken candidate is caught. */
class CucumberPolicyFeaturesTest {

    private static final Path RULES = Path.of("rules");
    private static final Path FEATURES = Path.of("features/policy");
    private static RuleSetCompiler compiler;
    private static CompiledRuleSet rules;

    private final CucumberPolicyFeatures features = new CucumberPolicyFeatures();

    @BeforeAll
    static void compileTheRules() {
        compiler = new RuleSetCompiler(Path.of("kie-config/kmodule.xml"));
        rules = compiler.compile(RULES);
    }

    @Test
    void everyPolicyScenarioPassesOnTheRulesAsTheyAre() {
        SortedMap<String, String> manual = RuleSetSource.featuresIn(FEATURES);

        PolicyFeaturesReport report = features.check(rules, manual);

        assertThat(report.failures()).isEmpty();
        assertThat(report.scenarios()).isPositive().isEqualTo(scenariosIn(manual));
        assertThat(report.passed()).isEqualTo(report.scenarios());
        assertThat(report.allPassed()).isTrue();
    }

    @Test
    void aCandidateThatBreaksARuleFailsAtTheLinesOfTheExamplesItBreaks() {
        RuleSetSource folder = RuleSetSource.fromFolder(RULES);
        SortedMap<String, String> files = new TreeMap<>(folder.ruleFiles());
        String thresholds = files.get("policy-thresholds.dmn");
        assertThat(thresholds).containsOnlyOnce("<text>100.00</text>");
        files.put("policy-thresholds.dmn", thresholds.replace("<text>100.00</text>", "<text>150.00</text>"));
        CompiledRuleSet candidate = compiler.compile(new RuleSetSource("a limit of 150.00", files, new TreeMap<>()));
        SortedMap<String, String> manual = RuleSetSource.featuresIn(FEATURES);
        try {
            PolicyFeaturesReport report = features.check(candidate, manual);

            assertThat(report.allPassed()).isFalse();
            assertThat(report.passed()).isLessThan(report.scenarios());
            assertThat(report.failures()).hasSize(report.scenarios() - report.passed());
            assertThat(report.failures()).allSatisfy(problem -> {
                assertThat(problem.file()).startsWith("features/policy/");
                assertThat(problem.line()).isPositive();
            });
            String autoApproval = manual.get("refund_auto_approval.feature");
            int row = lineOf(autoApproval, "| 100.01 | approval by an approver | fired        |");
            assertThat(report.failures()).anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("features/policy/refund_auto_approval.feature");
                assertThat(problem.line()).isEqualTo(row);
                assertThat(problem.message()).startsWith("A refund of 100.01 needs approval by an approver: ")
                        .contains("expected approval by approver");
            });
            assertThat(report.failures()).anySatisfy(problem ->
                    assertThat(problem.file()).isEqualTo("features/policy/tenant_thresholds.feature"));
        } finally {
            candidate.retire();
        }
    }

    @Test
    void aFeatureThatDoesNotParseIsAFailureAndTheOthersStillRun() {
        SortedMap<String, String> manual = new TreeMap<>();
        manual.put("good.feature", """
                Feature: Reading
                  Scenario: Reading an order is tier 0
                    Given the actor is "val", acting as viewer
                    When the actor asks for "get_order"
                    Then the operation is tier 0 READ
                    And it needs no approval
                """);
        manual.put("nested/broken.feature", """
                Feature: Broken
                  Scenario: Half written
                    Given the actor is "val", acting as viewer
                  Feature: A second feature in the same file
                """);

        PolicyFeaturesReport report = features.check(rules, manual);

        assertThat(report.scenarios()).isEqualTo(1);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("features/policy/nested/broken.feature");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("the feature does not parse: ");
        });
    }

    @Test
    void aStepNoDefinitionMatchesAndAWrongExpectationAreFailuresAtTheirScenarios() {
        SortedMap<String, String> manual = new TreeMap<>();
        manual.put("wrong.feature", """
                Feature: Wrong
                  Scenario: A step nobody wrote
                    Given the moon is full
                    When the actor asks for "get_order"

                  Scenario Outline: A viewer may refund <amount>
                    Given the actor is "val", acting as viewer
                    When the actor asks to refund <amount> USD
                    Then the operation is tier <tier>

                    Examples:
                      | amount | tier    |
                      | 10.00  | 2 WRITE |
                      | 20.00  | 2 BULK  |
                      | 30.00  | 0 READ  |
                """);

        PolicyFeaturesReport report = features.check(rules, manual);

        assertThat(report.scenarios()).isEqualTo(4);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failures()).extracting(RuleSetProblem::toString).containsExactly(
                "features/policy/wrong.feature:2: A step nobody wrote: no step definition matches \"Given the moon is full\"",
                "features/policy/wrong.feature:14: A viewer may refund 20.00: "
                        + report.failures().get(1).message().substring("A viewer may refund 20.00: ".length()),
                "features/policy/wrong.feature:15: A viewer may refund 30.00: expected tier 0 READ, was tier 2, denied, no approval; "
                        + "rules fired: " + report.failures().get(2).message().replaceFirst("^.*rules fired: ", ""));
        assertThat(report.failures().get(1).message()).contains("tier 2 is WRITE, not BULK");
    }

    @Test
    void noFeaturesRunNothing() {
        assertThat(features.check(rules, new TreeMap<>())).isEqualTo(new PolicyFeaturesReport(0, 0, List.of()));
    }

    @Test
    void anEmptyFeatureFileOrANameOutsideTheFolderIsAFailure() {
        SortedMap<String, String> manual = new TreeMap<>();
        manual.put("empty.feature", "# nothing here yet\n");
        manual.put("../escape.feature", "Feature: Outside\n");

        PolicyFeaturesReport report = features.check(rules, manual);

        assertThat(report.scenarios()).isZero();
        assertThat(report.failures()).extracting(RuleSetProblem::file)
                .containsExactly("features/policy/../escape.feature", "features/policy/empty.feature");
    }

    private static int scenariosIn(SortedMap<String, String> manual) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        return manual.entrySet().stream()
                .mapToInt(f -> (int) parser.parse(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8))
                        .filter(e -> e.getPickle().isPresent()).count())
                .sum();
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + needle);
    }
}

package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.policy.PolicyFeaturesReport;
import io.commerceresolver.policy.RuleSetProblem;

/** A policy feature as the manual shows it: scenarios, steps, example tables, each marked with its last result. */
class ManualPagesTest {

    private static final String FEATURE = """
            Feature: Refund auto-approval
              A refund up to the limit is paid at once.

              Background:
                Given the auto-refund limit is 100.00

              Scenario: A small refund needs no approver
                When the customer asks for a refund of 20.00
                Then it is allowed without approval

              Scenario Outline: Around the limit
                When the customer asks for a refund of <amount>
                Then approval is <approval>

                Examples:
                  | amount | approval     |
                  | 100.00 | not required |
                  | 100.01 | required     |
            """;

    @Test
    void scenariosStepsAndExamplesAreReadWithTheirLines() {
        ManualPages.Feature feature = ManualPages.of("refund.feature", FEATURE, null);

        assertThat(feature.name()).isEqualTo("Refund auto-approval");
        assertThat(feature.description()).isEqualTo("A refund up to the limit is paid at once.");
        assertThat(feature.background()).extracting(ManualPages.Step::text).containsExactly("the auto-refund limit is 100.00");
        assertThat(feature.scenarios()).extracting(ManualPages.Scenario::name).containsExactly("A small refund needs no approver", "Around the limit");
        ManualPages.Scenario outline = feature.scenarios().get(1);
        assertThat(outline.line()).isEqualTo(11);
        assertThat(outline.examples().get(0).header()).containsExactly("amount", "approval");
        assertThat(outline.examples().get(0).rows()).extracting(ManualPages.ExampleRow::line).containsExactly(17, 18);
        assertThat(feature.scenarios()).extracting(ManualPages.Scenario::result).containsOnly(ManualPages.Result.NOT_RUN);
        assertThat(feature.slug()).isEqualTo("refund");
    }

    @Test
    void aFailureAtAnExampleRowFailsThatRowAndItsScenarioOnly() {
        PolicyFeaturesReport report = new PolicyFeaturesReport(3, 2, List.of(
                new RuleSetProblem("features/policy/refund.feature", 18, "Around the limit: expected approval"),
                new RuleSetProblem("features/policy/other.feature", 7, "elsewhere")));

        ManualPages.Feature feature = ManualPages.of("refund.feature", FEATURE, report);

        assertThat(feature.scenarios().get(0).result()).isEqualTo(ManualPages.Result.PASSED);
        ManualPages.Scenario outline = feature.scenarios().get(1);
        assertThat(outline.result()).isEqualTo(ManualPages.Result.FAILED);
        assertThat(outline.examples().get(0).rows()).extracting(ManualPages.ExampleRow::result)
                .containsExactly(ManualPages.Result.PASSED, ManualPages.Result.FAILED);
        assertThat(outline.examples().get(0).rows().get(1).failure()).contains("expected approval");
        assertThat(feature.count(ManualPages.Result.FAILED)).isEqualTo(1);
        assertThat(feature.result()).isEqualTo(ManualPages.Result.FAILED);
    }

    @Test
    void everyInstalledPolicyFeatureReads() throws IOException {
        try (var files = Files.list(Path.of("features/policy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                ManualPages.Feature feature = ManualPages.of(file.getFileName().toString(), Files.readString(file), null);
                assertThat(feature.parseError()).as(file.toString()).isNull();
                assertThat(feature.scenarios()).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void aFileThatDoesNotParseSaysSo() {
        assertThat(ManualPages.of("broken.feature", "Feature: x\n  Scenario: y\n    Given a\n      | a | b |\n      | c |\n", null).parseError()).isNotNull();
    }
}

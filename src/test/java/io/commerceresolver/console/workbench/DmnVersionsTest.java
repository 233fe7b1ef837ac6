package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

import io.commerceresolver.system.BadRequest;

/** What the DMN editor saves (DMN 1.6) is turned back into the DMN 1.5 KIE 10.1 reads, and the validator accepts it. */
class DmnVersionsTest {

    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/";
    private static final String DMN16 = "https://www.omg.org/spec/DMN/20240513/";

    @Test
    void aDmn15FileIsLeftAsItIs() throws IOException {
        String thresholds = Files.readString(Path.of("rules/policy-thresholds.dmn"));

        DmnVersions.Converted converted = DmnVersions.forKie("rules/policy-thresholds.dmn", thresholds);

        assertThat(converted.fromDmn16()).isFalse();
        assertThat(converted.text()).isSameAs(thresholds);
    }

    @Test
    void aDmn16FileGetsTheDmn15NamespacesBackAndValidates() throws IOException {
        String saved = asTheEditorSavesIt(Files.readString(Path.of("rules/tool-permissions.dmn")));
        assertThat(saved).contains(DMN16 + "MODEL/").contains(DMN16 + "FEEL/");
        assertThat(errors(saved)).as("KIE 10.1 does not read DMN 1.6 as it is").isNotEmpty();

        DmnVersions.Converted converted = DmnVersions.forKie("rules/tool-permissions.dmn", saved);

        assertThat(converted.fromDmn16()).isTrue();
        assertThat(converted.text()).doesNotContain("20240513").contains(DMN15 + "MODEL/").contains(DMN15 + "FEEL/");
        assertThat(errors(converted.text())).isEmpty();
    }

    @Test
    void somethingOnlyDmn16HasFailsTheDmn15SchemaWithTheValidatorsMessage() throws IOException {
        String saved = asTheEditorSavesIt(Files.readString(Path.of("rules/policy-thresholds.dmn")))
                .replace("<decision name=\"Policy thresholds\"", "<decision name=\"Policy thresholds\" newInDmn16=\"true\"");

        String converted = DmnVersions.forKie("rules/policy-thresholds.dmn", saved).text();

        assertThat(errors(converted)).isNotEmpty().anySatisfy(message -> assertThat(message).contains("newInDmn16"));
        assertThat(DmnVersions.explain("x")).contains("DMN 1.6").contains("DMN 1.5");
    }

    @Test
    void anyOtherDmnVersionAndAnythingThatIsNotDmnAreRefused() {
        assertThatThrownBy(() -> DmnVersions.forKie("rules/x.dmn",
                "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>"))
                .isInstanceOf(BadRequest.class).hasMessageContaining("20191111").hasMessageContaining("DMN 1.5");
        assertThatThrownBy(() -> DmnVersions.forKie("rules/x.dmn", "hello")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("not a DMN file");
    }

    private static String asTheEditorSavesIt(String dmn15) {
        return dmn15.replace(DMN15 + "MODEL/", DMN16 + "MODEL/").replace(DMN15 + "FEEL/", DMN16 + "FEEL/");
    }

    private static List<String> errors(String dmn) {
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            return validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA, DMNValidator.Validation.VALIDATE_MODEL,
                            DMNValidator.Validation.VALIDATE_COMPILATION).theseModels(new StringReader(dmn)).stream()
                    .filter(m -> m.getSeverity() == DMNMessage.Severity.ERROR).map(DMNMessage::getText).toList();
        } finally {
            validator.dispose();
        }
    }
}

package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.system.BadRequest;

/** The DMN tables read as tables, and a threshold's default changed in its own cell only, within its bounds. */
class RuleTablesTest {

    @Test
    void theRoleToToolTableReadsWithoutXml() throws IOException {
        List<DecisionTables.Table> tables = DecisionTables.of(Files.readString(Path.of("rules/tool-permissions.dmn")));

        DecisionTables.Table table = tables.get(0);
        assertThat(table.decision()).isEqualTo("Tool permitted");
        assertThat(table.hitPolicy()).isEqualTo("ANY");
        assertThat(table.columns()).extracting(DecisionTables.Column::label)
                .containsExactly("Actor role", "Operation class", "Operation type", "permitted", "Why");
        DecisionTables.Row first = table.rows().get(0);
        assertThat(first.cells()).extracting(DecisionTables.Cell::readable).containsExactly("viewer", "read", "any", "true", "A viewer only reads.");
        assertThat(table.rows().get(1).cells().get(1).readable()).isEqualTo("read, notify");
    }

    @Test
    void thresholdsAreReadWithBoundsAndMeaning() throws IOException {
        var rows = ThresholdTable.rows(Files.readString(Path.of("rules/policy-thresholds.dmn")));

        assertThat(rows).hasSize(14);
        assertThat(rows.get("maxAutoRefund")).isEqualTo(new ThresholdTable.Row("maxAutoRefund", "100.00", "0", "10000",
                "A refund up to this amount, asked for by the order's own customer, needs no approver."));
    }

    @Test
    void aNewDefaultChangesOneCellAndMustLieWithinTheBounds() throws IOException {
        String dmn = Files.readString(Path.of("rules/policy-thresholds.dmn"));

        String changed = ThresholdTable.withValue(dmn, "maxAutoRefund", "150.00");

        assertThat(LineDiff.of(dmn, changed)).filteredOn(l -> l.kind() != LineDiff.Kind.SAME && l.kind() != LineDiff.Kind.FOLDED)
                .extracting(l -> l.marker() + l.text().strip()).hasSize(2).last().asString().contains("<text>150.00</text>");
        assertThat(ThresholdTable.rows(changed).get("maxAutoRefund").value()).isEqualTo("150.00");
        assertThat(ThresholdTable.rows(changed).get("maxAutoGoodwill").value()).isEqualTo("10.00");
        assertThatThrownBy(() -> ThresholdTable.withValue(dmn, "maxAutoRefund", "50000")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("[0, 10000]");
        assertThatThrownBy(() -> ThresholdTable.withValue(dmn, "maxAutoRefund", "lots")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> ThresholdTable.withValue(dmn, "noSuch", "1")).isInstanceOf(BadRequest.class);
    }
}

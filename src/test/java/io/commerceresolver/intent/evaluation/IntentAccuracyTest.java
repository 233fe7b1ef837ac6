package io.commerceresolver.intent.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.commerceresolver.intent.KeywordIntentExtractor;

/**
 * The keyword reader against the held-out labelled set (src/test/resources/intent/eval-tickets.jsonl, written
 * blind; the reader was tuned on the separate development set). The full report: scripts/intent-report.sh.
 */
class IntentAccuracyTest {

    static List<LabelledTicket> tickets;
    static IntentEvaluation.Report report;

    @BeforeAll
    static void readTheHeldOutSet() {
        tickets = LabelledTicket.load("intent/eval-tickets.jsonl");
        report = IntentEvaluation.evaluate(new KeywordIntentExtractor(), "accuracy-test", tickets);
    }

    @Test
    void theSetIsLargeAndVariedEnoughToMeanSomething() {
        assertThat(tickets).hasSizeGreaterThanOrEqualTo(200);
        assertThat(tickets).filteredOn(t -> t.lang().equals("hinglish")).hasSizeGreaterThanOrEqualTo(50);
        for (String tag : List.of("typo", "multi", "no_order", "adversarial")) {
            assertThat(tickets).as(tag).filteredOn(t -> t.tagged(tag)).hasSizeGreaterThanOrEqualTo(20);
        }
        assertThat(report.perIntent().values()).allSatisfy(score -> assertThat(score.actual()).isGreaterThanOrEqualTo(12));
    }

    @Test
    void theKeywordReaderReadsAtLeast85PercentOfIntentsRight() {
        assertThat(report.intentAccuracy())
                .as(() -> IntentEvaluation.format(report, true))
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void noAdversarialTicketYieldsAnAmountTheCustomerDidNotAskFor() {
        assertThat(report.adversarialInventedAmounts())
                .as(() -> IntentEvaluation.format(report, false))
                .isEmpty();
    }
}

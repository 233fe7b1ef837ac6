package io.commerceresolver.intent.evaluation;

import java.util.List;

import io.commerceresolver.intent.KeywordIntentExtractor;

/**
 * The report command (scripts/intent-report.sh): scores each extractor on a labelled set and prints the report.
 * Arguments: the set ({@code eval} or {@code dev}, default eval) and {@code --misses} to list every misread intent.
 */
public final class IntentReport {

    private IntentReport() {
    }

    public static void main(String[] args) {
        String set = args.length > 0 && !args[0].startsWith("--") ? args[0] : "eval";
        boolean misses = List.of(args).contains("--misses");
        List<LabelledTicket> tickets = LabelledTicket.load("intent/" + set + "-tickets.jsonl");
        System.out.println("Labelled set: intent/" + set + "-tickets.jsonl");
        System.out.print(IntentEvaluation.format(IntentEvaluation.evaluate(new KeywordIntentExtractor(), "report", tickets), misses));
    }
}

package io.commerceresolver.intent.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.commerceresolver.intent.InjectionGuard;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.KeywordIntentExtractor;
import io.commerceresolver.intent.PiiMasker;
import io.commerceresolver.intent.ReadingUsage;
import io.commerceresolver.intent.TicketReader;
import io.commerceresolver.intent.infrastructure.OpenAiLanguageModel;
import io.commerceresolver.intent.infrastructure.OpenAiSettings;

/**
 * The report command (scripts/intent-report.sh): scores each reader on a labelled set and prints the report.
 * Arguments: the set ({@code eval} or {@code dev}, default eval) and {@code --misses} to list every misread intent.
 * With OPENAI_API_KEY set, the OpenAI reader is scored too, through the service's own {@link TicketReader}
 * (masking, checks against the ticket, fallback), with a store that holds every order the set names.
 */
public final class IntentReport {

    private IntentReport() {
    }

    public static void main(String[] args) {
        String set = args.length > 0 && !args[0].startsWith("--") ? args[0] : "eval";
        boolean misses = List.of(args).contains("--misses");
        List<LabelledTicket> tickets = LabelledTicket.load("intent/" + set + "-tickets.jsonl");
        System.out.println("Labelled set: src/test/resources/intent/" + set + "-tickets.jsonl");
        System.out.print(IntentEvaluation.format(IntentEvaluation.evaluate(new KeywordIntentExtractor(), "report", tickets), misses));
        String apiKey = System.getenv("OPENAI_API_KEY");
        if (apiKey == null || apiKey.isBlank()) {
            System.out.println("\n(OPENAI_API_KEY is not set: the OpenAI reader was not scored.)");
            return;
        }
        try (OpenAiLanguageModel model = new OpenAiLanguageModel(new OpenAiSettings(apiKey, System.getenv("OPENAI_BASE_URL"),
                Objects.requireNonNullElse(System.getenv("OPENAI_MODEL"), "gpt-4o-mini"), Duration.ofSeconds(20), 2, 6000))) {
            Set<String> orders = tickets.stream().map(t -> t.entities().orderId()).filter(Objects::nonNull)
                    .map(String::toUpperCase).collect(Collectors.toSet());
            IntentExtractor reader = new TicketReader(new KeywordIntentExtractor(), model, new PiiMasker(), new InjectionGuard(),
                    new Unlimited(), (tenant, order) -> orders.contains(order.toUpperCase()), tenant -> Long.MAX_VALUE,
                    Clock.systemUTC());
            IntentEvaluation.Report report = IntentEvaluation.evaluate(reader, "report", tickets);
            System.out.print(IntentEvaluation.format(report, misses));
        }
    }

    /** The report's readings are not a tenant's: nothing to cap. */
    private static final class Unlimited implements ReadingUsage {
        @Override
        public boolean tryCount(String tenantId, YearMonth month, long cap) {
            return true;
        }

        @Override
        public void addTokens(String tenantId, YearMonth month, long tokens) {
        }

        @Override
        public Month of(String tenantId, YearMonth month) {
            return new Month(tenantId, month, 0, 0);
        }
    }
}

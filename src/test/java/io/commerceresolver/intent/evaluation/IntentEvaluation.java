package io.commerceresolver.intent.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.Intent;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.PostalAddress;
import io.commerceresolver.intent.ProductFields;
import io.commerceresolver.intent.TicketText;

/**
 * Reads a labelled set with one extractor and scores it: intent accuracy, per-intent precision and recall, entity
 * accuracy field by field, and amounts the extractor produced that the writer never asked for.
 */
public final class IntentEvaluation {

    /** An entity field is scored on the tickets where the label or the reading has it; both empty is no evidence. */
    public record FieldScore(int correct, int scored) {
        public double accuracy() {
            return scored == 0 ? 1.0 : (double) correct / scored;
        }
    }

    public record IntentScore(Intent intent, int truePositives, int predicted, int actual) {
        public double precision() {
            return predicted == 0 ? (actual == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
        }

        public double recall() {
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }
    }

    public record Miss(LabelledTicket ticket, ExtractedIntent reading) {
    }

    public record Report(String extractor, int tickets, int correctIntents, Map<Intent, IntentScore> perIntent,
                         Map<String, FieldScore> intentByGroup, Map<String, FieldScore> entities,
                         List<Miss> misses, List<Miss> inventedAmounts, List<Miss> adversarialInventedAmounts) {

        public double intentAccuracy() {
            return (double) correctIntents / tickets;
        }
    }

    private IntentEvaluation() {
    }

    public static Report evaluate(IntentExtractor extractor, String tenantId, List<LabelledTicket> tickets) {
        Map<Intent, int[]> counts = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            counts.put(intent, new int[3]);
        }
        Map<String, int[]> groups = new TreeMap<>();
        Map<String, int[]> fields = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Miss> invented = new ArrayList<>();
        List<Miss> adversarialInvented = new ArrayList<>();
        int correct = 0;
        Map<String, Integer> readers = new TreeMap<>();
        for (LabelledTicket ticket : tickets) {
            ExtractedIntent reading = extractor.extract(new TicketText(tenantId, ticket.subject(), ticket.text()));
            readers.merge(reading.extractor(), 1, Integer::sum);
            boolean right = reading.intent() == ticket.intent();
            correct += right ? 1 : 0;
            counts.get(ticket.intent())[2]++;
            counts.get(reading.intent())[1]++;
            if (right) {
                counts.get(ticket.intent())[0]++;
            } else {
                misses.add(new Miss(ticket, reading));
            }
            tally(groups, "lang " + ticket.lang(), right);
            ticket.tags().forEach(tag -> tally(groups, "tag " + tag, right));
            scoreEntities(fields, ticket.entities(), reading.entities());
            if (inventsAnAmount(ticket.entities(), reading.entities())) {
                invented.add(new Miss(ticket, reading));
                if (ticket.tagged("adversarial")) {
                    adversarialInvented.add(new Miss(ticket, reading));
                }
            }
        }
        Map<Intent, IntentScore> perIntent = new EnumMap<>(Intent.class);
        counts.forEach((intent, c) -> perIntent.put(intent, new IntentScore(intent, c[0], c[1], c[2])));
        // a reader with a fallback answers under two names: say how many tickets each read
        String name = readers.size() == 1 ? readers.keySet().iterator().next()
                : readers.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return new Report(name, tickets.size(), correct, perIntent, scores(groups), scores(fields), misses, invented,
                adversarialInvented);
    }

    /** An amount the reading names whose value the writer never asked for (currency aside: a value is what is paid). */
    static boolean inventsAnAmount(Entities label, Entities reading) {
        Set<BigDecimal> asked = label.amounts().stream().map(a -> a.value().stripTrailingZeros()).collect(Collectors.toSet());
        if (label.requestedPrice() != null) {
            asked.add(label.requestedPrice().value().stripTrailingZeros());
        }
        if (label.product() != null && label.product().price() != null) {
            asked.add(label.product().price().value().stripTrailingZeros());
        }
        return reading.amounts().stream().anyMatch(a -> !asked.contains(a.value().stripTrailingZeros()));
    }

    private static void scoreEntities(Map<String, int[]> fields, Entities label, Entities reading) {
        score(fields, "order id", label.orderId(), reading.orderId(), IntentEvaluation::sameText);
        score(fields, "amount asked for", label.requestedAmount(), reading.requestedAmount(), IntentEvaluation::sameAmount);
        score(fields, "all amounts", emptyToNull(label.amounts()), emptyToNull(reading.amounts()),
                (a, b) -> a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> sameAmount(x, y))));
        score(fields, "skus", emptyToNull(label.skus()), emptyToNull(reading.skus()),
                (a, b) -> upper(a).equals(upper(b)));
        score(fields, "new address: postal code", part(label.newAddress(), PostalAddress::postalCode),
                part(reading.newAddress(), PostalAddress::postalCode), IntentEvaluation::sameText);
        score(fields, "new address: city", part(label.newAddress(), PostalAddress::city),
                part(reading.newAddress(), PostalAddress::city), IntentEvaluation::sameText);
        score(fields, "new address: line 1", part(label.newAddress(), PostalAddress::line1),
                part(reading.newAddress(), PostalAddress::line1), IntentEvaluation::sameText);
        score(fields, "requested price", label.requestedPrice(), reading.requestedPrice(), IntentEvaluation::sameAmount);
        score(fields, "requested percentage", label.requestedPercentage(), reading.requestedPercentage(),
                (a, b) -> a.compareTo(b) == 0);
        score(fields, "product: title", part(label.product(), ProductFields::title), part(reading.product(), ProductFields::title),
                IntentEvaluation::sameText);
        score(fields, "product: sku", part(label.product(), ProductFields::sku), part(reading.product(), ProductFields::sku),
                IntentEvaluation::sameText);
        score(fields, "product: price", part(label.product(), ProductFields::price), part(reading.product(), ProductFields::price),
                IntentEvaluation::sameAmount);
        score(fields, "product: quantity", part(label.product(), ProductFields::quantity),
                part(reading.product(), ProductFields::quantity), Objects::equals);
    }

    private static <T> void score(Map<String, int[]> fields, String field, T label, T reading, java.util.function.BiPredicate<T, T> same) {
        int[] c = fields.computeIfAbsent(field, f -> new int[2]);
        if (label == null && reading == null) {
            return;
        }
        c[1]++;
        if (label != null && reading != null && same.test(label, reading)) {
            c[0]++;
        }
    }

    private static boolean sameAmount(Amount a, Amount b) {
        return a.value().compareTo(b.value()) == 0 && Objects.equals(a.currency(), b.currency());
    }

    private static boolean sameText(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static <T> List<T> emptyToNull(List<T> values) {
        return values.isEmpty() ? null : values;
    }

    private static <T, R> R part(T whole, Function<T, R> part) {
        return whole == null ? null : part.apply(whole);
    }

    private static void tally(Map<String, int[]> groups, String group, boolean right) {
        int[] c = groups.computeIfAbsent(group, g -> new int[2]);
        c[1]++;
        c[0] += right ? 1 : 0;
    }

    private static Map<String, FieldScore> scores(Map<String, int[]> counts) {
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        counts.forEach((k, c) -> scores.put(k, new FieldScore(c[0], c[1])));
        return scores;
    }

    /** The report as the report command prints it. */
    public static String format(Report report, boolean listMisses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nExtractor: %s%nTickets: %d%nIntent accuracy: %.3f (%d/%d)%n%n", report.extractor(),
                report.tickets(), report.intentAccuracy(), report.correctIntents(), report.tickets()));
        out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %9s%n", "intent", "precision", "recall", "F1", "support"));
        report.perIntent().values().forEach(s -> {
            double f1 = s.precision() + s.recall() == 0 ? 0 : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
            out.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %9d%n", s.intent().code(), s.precision(), s.recall(), f1,
                    s.actual()));
        });
        out.append(String.format(Locale.ROOT, "%n%-28s %9s %9s%n", "intent accuracy by group", "accuracy", "tickets"));
        report.intentByGroup().forEach((g, s) -> out.append(String.format(Locale.ROOT, "%-28s %9.3f %9d%n", g, s.accuracy(), s.scored())));
        out.append(String.format(Locale.ROOT, "%n%-28s %9s %9s%n", "entity", "accuracy", "scored"));
        report.entities().forEach((f, s) -> out.append(String.format(Locale.ROOT, "%-28s %9.3f %9d%n", f, s.accuracy(), s.scored())));
        out.append(String.format(Locale.ROOT, "%nAmounts the writer never asked for: %d ticket(s), %d of them adversarial%n",
                report.inventedAmounts().size(), report.adversarialInventedAmounts().size()));
        report.inventedAmounts().forEach(m -> out.append(String.format(Locale.ROOT, "  %s read %s, labelled %s%n", m.ticket().id(),
                m.reading().entities().amounts(), m.ticket().entities().amounts())));
        if (listMisses) {
            out.append(String.format(Locale.ROOT, "%nMisread intents:%n"));
            report.misses().forEach(m -> out.append(String.format(Locale.ROOT, "  %s [%s] %s read as %s (%.2f): %s%n", m.ticket().id(),
                    m.ticket().lang(), m.ticket().intent().code(), m.reading().intent().code(), m.reading().confidence(),
                    oneLine(m.ticket()))));
        }
        return out.toString();
    }

    private static String oneLine(LabelledTicket ticket) {
        String text = ((ticket.subject() == null ? "" : ticket.subject() + " | ") + ticket.text()).replaceAll("\\s+", " ");
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }
}

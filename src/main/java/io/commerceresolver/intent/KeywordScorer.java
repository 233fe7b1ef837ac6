package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.intent.KeywordVocabulary.Cue;

/**
 * Weighs the cues of {@link KeywordVocabulary} in one normalised ticket and settles on the primary intent.
 *
 * <ul>
 *   <li>A cue the writer negates ("I don't want a refund", "cancel mat karo", "rather than a refund") counts against
 *       its intent instead of for it.</li>
 *   <li>"Not arrived" about money ("my refund hasn't arrived", "paisa abhi tak nahi aaya") is a refund cue, not a
 *       delivery question.</li>
 *   <li>Seller voice (SKUs, "our customers", "stock") pulls a price or offer towards the catalogue intents; customer
 *       voice ("for me", "le lunga", "my order") towards a discount request.</li>
 *   <li>With several requests, the one asked first is the primary: it gets a bonus, the others stay in the scores.</li>
 * </ul>
 */
final class KeywordScorer {

    /** The reading, and the evidence for it. */
    record Scores(Intent intent, double confidence, Map<Intent, Double> byIntent) {

        double of(Intent intent) {
            return byIntent.getOrDefault(intent, 0.0);
        }
    }

    private record Hit(Intent intent, double weight, int at, int end, boolean negated) {

        boolean overlaps(Hit other) {
            return at < other.end && other.at < end;
        }
    }

    // Below this the best intent rests on leaning cues only: too little to act on.
    private static final double ENOUGH = 1.5;
    private static final double FIRST_REQUEST_BONUS = 1.5;
    private static final double VOICE_BONUS = 0.75;
    private static final double ADDRESS_BONUS = 1.5;

    // Negation that turns a request into its opposite; "haven't received my refund" is not one of them.
    // It reaches a few words: "rather than a refund I would prefer a replacement" negates the refund only.
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?:\\b(?:don't|do not|didn't|did not|never|won't|dont)\\s+(?:\\w+\\s+)?(?:want|need|require|wish|ask(?:ed)? for|expect|looking for)"
                    + "|\\bno\\s+need(?:\\s+(?:for|of|to))?|\\bnot\\s+(?:looking for|asking for|interested in|requesting|after|a|an)"
                    + "|\\brather than|\\bthan|\\binstead of|\\bwithout|\\bno(?:\\s+more)?|\\bnot|\\bnahi|\\b(?:don't|do not|please don't|never))"
                    + "(?:\\s+(?:a|an|the|any|to|my|for|me|it|this|your|of))*\\s*$");
    private static final Pattern NEGATION_AFTER = Pattern.compile(
            "^\\s*(?:(?:\\w+\\s+)?(?:nahi|mat|na)\\s+(?:chahiye|karna|karni|karo|kar do|karwana|hona|dena|kar|lena|mangta|mangti)\\b"
                    + "|(?:nahi|mat)\\b(?!\\s+(?:aaya|aayi|mila|hua|hui|pahuncha|ho raha|ho rahi|chal|kar raha|kar rahi|lag|hai|ho))"
                    + "|(?:is\\s+)?(?:not needed|not required|isn't needed|no longer needed))");
    // Where a negation stops reaching: "I don't want a refund, just a replacement".
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;,\\n]|\\b(?:but|just|only|bas|sirf|balki|lekin|instead)\\b");
    private static final int NEGATION_REACH = 45;

    private static final Pattern SENDING = Pattern.compile("\\b(?:deliver\\w*|ship\\w*|send|sent|bhej\\w*|courier|dispatch\\w*)\\b");
    private static final List<Pattern> LISTING_FIELDS = List.of(
            Pattern.compile("\\bsku\\b"),
            Pattern.compile("[$₹€£]\\s?\\d|\\b(?:rs\\.?|inr|usd)\\s?\\d|\\bprice\\s*:?\\s*\\d"),
            Pattern.compile("\\b\\d+\\s*(?:units?|pcs|pieces?|nos|in stock)\\b|\\b(?:stock|qty|quantity)\\s*:?\\s*\\d"),
            Pattern.compile("\\bcategory\\b"));
    private static final Pattern LISTING_VERB = Pattern.compile("\\b(?:add|list|upload|create|category|launch\\w*)\\b");
    private static final Pattern ABOUT_MONEY = Pattern.compile(
            "\\b(?:refund\\w*|paise|money|amount|payment|credited|credit|reimburse\\w*)\\b");

    /**
     * @param normalised  the ticket as {@link KeywordText#normalised(String)} gives it, subject first
     * @param subjectEnd  where the subject line ends in it (0 without a subject): a subject names the main request
     * @param namesASku   whether the ticket names a product code, which only sellers do
     * @param namesAnAddress whether it holds a full postal address (street and postal code)
     */
    Scores score(String normalised, int subjectEnd, boolean namesASku, boolean namesAnAddress) {
        List<Hit> hits = hits(normalised);
        Map<Intent, List<Hit>> byIntent = new EnumMap<>(Intent.class);
        for (Hit hit : hits) {
            byIntent.computeIfAbsent(hit.intent(), i -> new ArrayList<>()).add(hit);
        }
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        byIntent.forEach((intent, list) -> scores.put(intent, total(list)));

        applyVoice(normalised, namesASku, scores);
        if (looksLikeAListing(normalised)) {
            scores.merge(Intent.PRODUCT_CREATE, KeywordVocabulary.KEYWORD, Double::sum);
        }
        if (namesAnAddress) {
            // a full street address in a ticket about where something goes is evidence on its own
            double base = scores.getOrDefault(Intent.ADDRESS_CHANGE, 0.0);
            if (base > 0 || SENDING.matcher(normalised).find()) {
                scores.put(Intent.ADDRESS_CHANGE, Math.max(base, KeywordVocabulary.LEANING) + ADDRESS_BONUS);
            }
        }

        Intent first = firstRequested(hits, subjectEnd);
        if (first != null && scores.getOrDefault(first, 0.0) > 0) {
            scores.merge(first, FIRST_REQUEST_BONUS, Double::sum);
        }
        return decide(scores, first);
    }

    private List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Cue cue : KeywordVocabulary.CUES) {
            Hit hit = firstHit(cue, text);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** A cue counts once: its first plain use, or its negation if that is all there is. Cues never span lines. */
    private static Hit firstHit(Cue cue, String text) {
        Hit negated = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher m = cue.pattern().matcher(text).region(lineStart, lineEnd);
            while (m.find()) {
                Intent intent = redirected(cue.intent(), text, m.start());
                // a delivery complaint is phrased in negatives ("abhi tak nahi aaya"); only requests can be negated
                boolean isNegated = intent != Intent.OTHER && intent != Intent.ORDER_STATUS && negated(text, m.start(), m.end());
                Hit hit = new Hit(intent, cue.weight(), m.start(), m.end(), isNegated);
                if (!isNegated) {
                    return hit;
                }
                negated = negated == null ? hit : negated;
            }
            lineStart = lineEnd + 1;
        }
        return negated;
    }

    /** "Not arrived", "kab milega" about a refund are a refund request, not a delivery question. */
    private static Intent redirected(Intent intent, String text, int at) {
        if (intent != Intent.ORDER_STATUS) {
            return intent;
        }
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return ABOUT_MONEY.matcher(text.substring(start, end)).find() ? Intent.REFUND_REQUEST : intent;
    }

    private static boolean negated(String text, int start, int end) {
        int from = Math.max(0, start - NEGATION_REACH);
        String before = text.substring(from, start);
        Matcher clause = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (clause.find()) {
            clauseStart = clause.end();
        }
        before = before.substring(clauseStart);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return NEGATION_BEFORE.matcher(before).find() || NEGATION_AFTER.matcher(after).find();
    }

    /**
     * The strongest cue counts in full, each further one half as much as the one before: a ticket that says
     * "refund" five ways is surer than one that says it once, but not five times as sure. Cues that match the same
     * words ("want to return", "return the", "return") are one piece of evidence. Negated cues subtract.
     */
    private static double total(List<Hit> hits) {
        List<Hit> plain = hits.stream().filter(h -> !h.negated())
                .sorted(Comparator.comparingDouble(Hit::weight).reversed()).toList();
        List<Hit> distinct = new ArrayList<>();
        for (Hit hit : plain) {
            if (distinct.stream().noneMatch(hit::overlaps)) {
                distinct.add(hit);
            }
        }
        List<Double> weights = distinct.stream().map(Hit::weight).toList();
        double total = 0;
        double share = 1;
        for (double weight : weights) {
            total += weight * share;
            share /= 2;
        }
        for (Hit hit : hits) {
            if (hit.negated()) {
                total -= hit.weight();
            }
        }
        return Math.max(0, total);
    }

    private static void applyVoice(String text, boolean namesASku, Map<Intent, Double> scores) {
        boolean seller = namesASku || KeywordVocabulary.VOICE.seller().matcher(text).find();
        boolean customer = KeywordVocabulary.VOICE.customer().matcher(text).find();
        if (seller && !customer) {
            for (Intent catalogue : List.of(Intent.PRICE_CHANGE, Intent.PROMO_CHANGE, Intent.INVENTORY_UPDATE, Intent.PRODUCT_CREATE)) {
                scores.computeIfPresent(catalogue, (i, s) -> s >= KeywordVocabulary.KEYWORD ? s + VOICE_BONUS : s);
            }
            scores.computeIfPresent(Intent.DISCOUNT_REQUEST, (i, s) -> s / 2);
        } else if (customer && !seller) {
            scores.computeIfPresent(Intent.DISCOUNT_REQUEST, (i, s) -> s >= KeywordVocabulary.KEYWORD ? s + VOICE_BONUS : s);
            for (Intent catalogue : List.of(Intent.PRICE_CHANGE, Intent.PROMO_CHANGE, Intent.INVENTORY_UPDATE, Intent.PRODUCT_CREATE)) {
                scores.computeIfPresent(catalogue, (i, s) -> s / 2);
            }
        }
    }

    /**
     * A line of product fields ("Copper Bottle, ₹799, SKU BTL-CPR-1L, 40 units, category Kitchen") is a listing even
     * without the words "new product": a price, a count and a category or an "add" together.
     */
    private static boolean looksLikeAListing(String text) {
        int fields = 0;
        for (Pattern field : LISTING_FIELDS) {
            fields += field.matcher(text).find() ? 1 : 0;
        }
        return fields >= 3 && LISTING_VERB.matcher(text).find();
    }

    /** The intent of the earliest full request: a strong cue the writer did not negate, or the subject's keyword. */
    private static Intent firstRequested(List<Hit> hits, int subjectEnd) {
        return hits.stream()
                .filter(h -> !h.negated() && h.intent() != Intent.OTHER
                        && (h.weight() >= KeywordVocabulary.STRONG || (h.at() < subjectEnd && h.weight() >= KeywordVocabulary.KEYWORD)))
                .min(Comparator.comparingInt(Hit::at).thenComparing(h -> h.intent().ordinal()))
                .map(Hit::intent)
                .orElse(null);
    }

    private static Scores decide(Map<Intent, Double> scores, Intent first) {
        Intent best = Intent.OTHER;
        double bestScore = 0;
        for (Intent intent : Intent.values()) {
            double score = scores.getOrDefault(intent, 0.0);
            if (score > bestScore || (score == bestScore && score > 0 && intent == first)) {
                best = intent;
                bestScore = score;
            }
        }
        double runnerUp = 0;
        for (Intent intent : Intent.values()) {
            if (intent != best) {
                runnerUp = Math.max(runnerUp, scores.getOrDefault(intent, 0.0));
            }
        }
        if (best != Intent.OTHER && bestScore < ENOUGH) {
            return new Scores(Intent.OTHER, 0.25, scores);
        }
        if (bestScore == 0) {
            return new Scores(Intent.OTHER, 0.2, scores);
        }
        return new Scores(best, confidence(bestScore, runnerUp), scores);
    }

    /**
     * About 0.65 for one clear request, up to 0.95 when several cues agree and nothing competes, down towards 0.5
     * when another intent is nearly as strong.
     */
    static double confidence(double best, double runnerUp) {
        double strength = Math.min(1.0, best / 12.0);
        double margin = (best - runnerUp) / best;
        double confidence = 0.3 + 0.4 * strength + 0.25 * margin;
        return Math.round(Math.max(0.3, Math.min(0.95, confidence)) * 100) / 100.0;
    }
}

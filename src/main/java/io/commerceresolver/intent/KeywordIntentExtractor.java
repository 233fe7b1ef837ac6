package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic default reader: vocabulary per intent, scored by how many cues a ticket contains, plus
 * order-number and amount parsing. No network, same answer every time.
 */
public class KeywordIntentExtractor implements IntentExtractor {

    public static final String NAME = "keyword";

    private static final Map<Intent, List<Pattern>> CUES = new EnumMap<>(Map.of(
            Intent.REFUND_REQUEST, patterns("refund", "money back", "reimburse", "charge ?back", "paid twice",
                    "charged twice", "return my money", "credit (?:it )?back"),
            Intent.CANCEL_ORDER, patterns("cancel", "don'?t want (?:it|the order|this order) anymore", "stop (?:the|my) order",
                    "call off"),
            Intent.ADDRESS_CHANGE, patterns("change (?:the |my )?(?:shipping |delivery )?address", "wrong address",
                    "update (?:the |my )?(?:shipping |delivery )?address", "new address", "moved to", "ship (?:it )?to"),
            Intent.ORDER_STATUS, patterns("where is my (?:order|package|parcel)", "where'?s my (?:order|package|parcel)",
                    "track(?:ing)?", "status of (?:my )?order", "order status", "not (?:yet )?(?:arrived|received|delivered)",
                    "when will (?:it|my order) (?:arrive|ship|be delivered)", "hasn'?t arrived")));

    // "order #1001", "order no. 1001", "order number: A-1001", "#1001"
    private static final Pattern ORDER_ID = Pattern.compile(
            "(?:order\\s*(?:#|no\\.?|number|num|id)?\\s*:?\\s*#?|#)([A-Za-z]{0,4}-?\\d{3,12})\\b", Pattern.CASE_INSENSITIVE);
    // A number as people write money: "1,250.00" (thousands separators), "49.99", or "49,99" (decimal comma).
    // It may not be glued to other digits or letters, so "A-1001" or "20usdt" never yield an amount.
    private static final String DIGITS =
            "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)(?![\\d.,]?\\d)";
    private static final String NUMBER = "(?<![\\w.,])" + DIGITS;
    private static final String CODE = "(?:USD|EUR|GBP|INR|dollars?|euros?|rupees?|rs\\.?)";
    // "$49.99", "USD 1,250", "49.99 USD", "€20", "20 EUR", "49,99 €", "Rs. 500"
    private static final Pattern AMOUNT_WITH_CURRENCY = Pattern.compile(
            "(?:(?<sym>[$€£₹])\\s?(?<a1>" + NUMBER + "))"
                    // after a currency code the number may follow directly: "usd20"
                    + "|(?:\\b(?<code1>" + CODE + ")\\s?(?<a2>" + DIGITS + "))"
                    + "|(?:(?<a3>" + NUMBER + ")\\s?(?:(?<code2>" + CODE + ")\\b|(?<sym2>[$€£₹])))",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ExtractedIntent extract(TicketText ticket) {
        String subject = ticket.subject();
        String text = ticket.text();
        String content = ((subject == null ? "" : subject) + "\n" + (text == null ? "" : text)).toLowerCase(Locale.ROOT);
        Intent best = Intent.OTHER;
        int bestScore = 0;
        for (Map.Entry<Intent, List<Pattern>> entry : CUES.entrySet()) {
            int score = score(content, entry.getValue());
            if (score > bestScore || (score == bestScore && score > 0 && precedes(entry.getKey(), best))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        double confidence = bestScore == 0 ? 0.2 : Math.min(0.95, 0.6 + 0.15 * (bestScore - 1));
        return new ExtractedIntent(best, entities(subject, text), confidence, NAME);
    }

    private static int score(String content, List<Pattern> cues) {
        int score = 0;
        for (Pattern cue : cues) {
            if (cue.matcher(content).find()) {
                score++;
            }
        }
        return score;
    }

    /** On a tie the request that moves money or stops an order wins: it is the one that must not be missed. */
    private static boolean precedes(Intent candidate, Intent current) {
        return candidate.ordinal() < current.ordinal();
    }

    private static Entities entities(String subject, String text) {
        String content = (subject == null ? "" : subject) + "\n" + (text == null ? "" : text);
        String orderId = null;
        String moneyText = content;
        Matcher order = ORDER_ID.matcher(content);
        if (order.find()) {
            orderId = order.group(1).toUpperCase(Locale.ROOT);
            // the order number is not an amount, even when a currency word follows it ("order #1001 EUR 20")
            moneyText = content.substring(0, order.start()) + " ".repeat(order.end() - order.start()) + content.substring(order.end());
        }
        BigDecimal amount = null;
        String currency = null;
        Matcher money = AMOUNT_WITH_CURRENCY.matcher(moneyText);
        if (money.find()) {
            amount = parseAmount(firstNonNull(money.group("a1"), money.group("a2"), money.group("a3")));
            currency = currencyOf(firstNonNull(money.group("sym"), money.group("code1"), money.group("code2"), money.group("sym2")));
        }
        return new Entities(orderId, amount == null ? List.of() : List.of(new Amount(amount, currency)), List.of(), null, null, null, null);
    }

    /** "1,250.00" has thousands separators; "49,99" has a decimal comma. NUMBER admits nothing else. */
    private static BigDecimal parseAmount(String digits) {
        boolean thousands = digits.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?");
        return new BigDecimal(thousands ? digits.replace(",", "") : digits.replace(',', '.'));
    }

    private static String currencyOf(String marker) {
        String m = marker.toLowerCase(Locale.ROOT);
        return switch (m) {
            case "$", "usd", "dollar", "dollars" -> "USD";
            case "€", "eur", "euro", "euros" -> "EUR";
            case "£", "gbp" -> "GBP";
            default -> "INR";
        };
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile("\\b" + r, Pattern.CASE_INSENSITIVE)).toList();
    }
}

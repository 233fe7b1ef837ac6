package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order numbers in the forms customers write them: "#1004", "order no. 1012", "order id: 1019", "ord#1007",
 * "ord no. b-7781", "Order 1022", "1022 wala order", "ORD-77812". The id is returned the way the store writes it:
 * without "#", "order" or "no.", letters upper-case.
 *
 * <p>A number only counts with an order word or a "#" in front of it (or "wala order" after it) and at least three
 * digits, so card endings ("Visa ending 7781"), phone numbers, amounts, PIN codes and "#1 on Google" never do.
 */
final class KeywordOrderIds {

    record Found(String id, int start, int end) {
    }

    private static final String ID = "((?:[A-Za-z]{1,4}-?)?\\d{3,12})";
    // what follows a number that is a quantity or a sum, not an id: "order 150 pcs", "order 500 rs ka"
    private static final String NOT_A_QUANTITY = "(?![\\d,.]*\\s*(?:%|pcs|pieces|units|items|rs\\b|rupees|inr|usd|dollars|eur|bucks|/-|₹|\\$))";

    private static final List<Pattern> FORMS = List.of(
            // "ORD-77812", "OD1234567890": a prefixed number that is an order id as a whole
            Pattern.compile("(?<![\\w-])((?:ORD|ORDER|OD)-?\\d{4,20})(?![\\w-])"),
            // "order #1004", "order no. 1012", "Order ID: 1019", "ord#1007", "ord no. b-7781", "order number is 1020"
            Pattern.compile("\\b(?:orders?|ordr|oder|odr|ord)(?!-\\d)(?![a-z])(?:\\s*(?:#|no\\b\\.?|nr\\b\\.?|number|num\\b|id\\b|ref\\b\\.?|reference)){0,2}"
                    + "(?:\\s+(?:is|hai|h|was))?\\s*[:#.\\-]?\\s*#?\\s*" + ID + "\\b" + NOT_A_QUANTITY, Pattern.CASE_INSENSITIVE),
            // "#1004", "(#A-1001)", but not "flat #302"
            Pattern.compile("(?<!(?:flat|apt|unit|suite|room|plot|door|house|shop|no\\.|rank|block)\\s?)(?<![\\w#&])#\\s?" + ID + "\\b"
                    + NOT_A_QUANTITY, Pattern.CASE_INSENSITIVE),
            // Hinglish: "1022 wala order", "1022 number wala order"
            Pattern.compile("(?<![₹$€£\\d,.])(?<![₹$€£]\\s)\\b" + ID + "\\s+(?:number\\s+)?(?:wala|waala|vala|wale|waale)\\s+order\\b",
                    Pattern.CASE_INSENSITIVE));

    private KeywordOrderIds() {
    }

    /** Every order id, in the order the ticket names them. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Found(m.group(1).toUpperCase(Locale.ROOT), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }
}

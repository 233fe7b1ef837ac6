package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as people write them, and which of them the writer asks for.
 *
 * <p>Currency marks: $, US$, USD, dollars, bucks, €, EUR, euros, £, GBP, ₹, Rs, Rs., INR, rupees, rupaye and the
 * Indian "/-". Numbers: "1,250.00", Indian grouping "1,49,999", decimal comma "49,99 €", "1.299,00 €". A number
 * without a currency is money only where the words make it so ("refund 500", "price 799 kar do", "1200 se 999
 * kar do"); its currency is then unknown (null). Quantities, dates, percentages and numbers already taken by an
 * order id, a SKU or a phone number (blanked by the caller) are never money.
 *
 * <p>Order: the amount asked for comes first ("refund of $18.50" before "I paid $37.00"; "to $39.99" before
 * "from $45"; "₹1199 me doge" before "₹1499 bahut zyada hai"), the rest as written.
 */
final class MoneyParser {

    enum Role { CONTEXT, NAMED, ASKED }

    record Found(Amount amount, int start, int end, Role role) {
    }

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?"
            + "|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?"
            + "|\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}"
            + "|\\d+(?:[.,]\\d{1,2})?)";
    private static final String NUMBER_END = "(?!\\d|[.,]\\d)";
    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(?<cur>US\\s?\\$|\\$|€|£|₹|(?<![\\w])(?:rs\\.?|inr|usd|eur|gbp)(?![a-z]))\\s?(?<n>" + NUMBER + ")" + NUMBER_END + "(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL_AFTER = Pattern.compile(
            "(?<![\\w.,/-])(?<n>" + NUMBER + ")" + NUMBER_END
                    + "\\s?(?<cur>(?:usd|eur|gbp|inr|dollars?|bucks|euros?|rupees?|rupaye|rupaiye|rupay|rupiya|rs)\\b\\.?|/-|€|£|\\$|₹)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("(?<![\\w.,/#-])(?<n>" + NUMBER + ")" + NUMBER_END + "(?![\\w%/-])");

    // a bare number is money right after these words: "refund 500", "price 1200 se 999", "rate: 450"
    private static final Pattern MONEY_WORD_BEFORE = Pattern.compile(
            "\\b(?:refund|price|prise|prce|rate|daam|mrp|cost|costs|paid|charged|amount|debited|deducted)\\b"
                    + "(?:\\s+(?:(?!qty|pcs|nos|stk|unit)[a-z]{1,4}|\\d[\\d,.]*\\d|\\d))*?\\s*[:=\\-]?\\s*$", Pattern.CASE_INSENSITIVE);
    // what follows a count rather than a price: a unit, or any plural noun ("10 orders", "all 3 shirts")
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^\\s*(?:[a-z]{2,}(?<!rupee|dollar|euro|buck)s(?![a-z])|orders?|shirts?|pairs?|%|percent|pct|pcs|pieces?|units?|items?|nos|days?|din|hours?|hrs?|mins?|minutes|weeks?|hafte|months?|mahine|years?"
                    + "|saal|km|kg|gm?|ml|l|cm|mm|inch(?:es)?|ft|feet|x|mah|w|gb|tb|v|st|nd|rd|th|am|pm|baje|times|baar"
                    + "|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "(?:\\brefund\\b[^.!?\\n$₹€£\\d]{0,25}|\\bto|\\bko|\\bmake it|\\bkeep it at"
                    + "|\\bset (?:it )?(?:at|to)|\\bpriced? at|\\blist (?:it )?at|\\bsell (?:it )?(?:at|for)|\\bwapas|\\bjust|\\bonly"
                    + "|\\bfor just|\\bcan you do|\\bdo it for|\\bat most|\\bshould be|\\bmake (?:it|them|\\S+))\\s*[:=\\-]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKED_AFTER = Pattern.compile(
            "^\\s*(?:/-)?\\s*(?:kar do|kardo|karo|kar dijiye|kr do|krdo|rakh do|rakho|me doge|mein doge|me de do|me dedo|me de doge"
                    + "|mein de do|me chahiye|wapas|back|refund|ka refund|chahiye|mil jaye|me milega|ki refund|karna hai)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTEXT_BEFORE = Pattern.compile(
            "(?:\\bpaid|\\bbilled|\\bcharged(?: me)?|\\bit's at|\\bit’s at|\\bis at|\\bcurrently(?: at)?|\\bfrom|\\bwas|\\bwere|\\binstead of|\\babhi|\\boriginal(?:ly)?"
                    + "|\\bfull price(?: of)?|\\blisted at|\\bcosts?|\\byou have it at|\\bselling (?:it )?(?:at|for)|\\bbought (?:it )?(?:for|at)"
                    + "|\\btotal(?: of)?|\\bworth|\\bplus|\\bnot|\\bnahi)\\s*[:=\\-]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTEXT_AFTER = Pattern.compile(
            "^\\s*(?:/-)?\\s*(?:se\\b|hai\\b|tha\\b|thi\\b|bahut|right now|currently|now\\b|is too|was\\b|total\\b|shipping|ho raha|ka tha"
                    + "|ki thi|plus\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern OLD_PRICE_AFTER = Pattern.compile("^\\s*(?:/-)?\\s*(?:rs\\.?|rupees|inr)?\\s*se\\s+(?:[$₹€£]|rs)?\\s?\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OLD_PRICE_BEFORE = Pattern.compile("\\bfrom\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_FROM_TO = Pattern.compile(
            "\\b\\d[\\d,.]*\\s+se\\s+\\d[\\d,.]*\\s*(?:kar|kr|karo|rakh)|\\bfrom\\s+\\d[\\d,.]*\\s+to\\s+\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOCK_WORDS = Pattern.compile(
            "\\b(?:stock|stok|inventory|qty|quantity|units?|pcs|pieces?|count)\\b", Pattern.CASE_INSENSITIVE);

    // a seller setting a price: the clause must say so, and not by how much it changes ("₹50 badha do", "by $5")
    private static final Pattern PRICE_SETTING = Pattern.compile(
            "\\b(?:price|prices|pricing|prise|prce|rate|daam|mrp|drop|lower|raise|bump|reduce|increase|decrease|mark down|markdown|set|change"
                    + "|make|keep|list it|sell it|cut|slash|hike)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_HOW_MUCH_BEFORE = Pattern.compile(
            "\\b(?:by|over|above|more than|min(?:imum)?|at least)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_HOW_MUCH_AFTER = Pattern.compile(
            "^\\s*(?:/-)?\\s*(?:badha|badhao|ghata|ghatao|kam\\b|increase|more\\b|extra\\b|off\\b|less\\b|zyada|upar|se upar|se zyada|cheaper"
                    + "|higher|lower|and above|or more)",
            Pattern.CASE_INSENSITIVE);

    private MoneyParser() {
    }

    /** Every sum in the text (whose taken numbers are already blanked), asked-for first. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        collect(found, text, SYMBOL_FIRST, true);
        collect(found, text, SYMBOL_AFTER, true);
        collect(found, text, BARE, false);
        found.sort(Comparator.comparing((Found f) -> f.role() != Role.ASKED)
                .thenComparing(f -> f.role() == Role.CONTEXT)
                .thenComparingInt(Found::start));
        List<Found> distinct = new ArrayList<>();
        for (Found f : found) {
            if (distinct.stream().noneMatch(d -> d.amount().value().compareTo(f.amount().value()) == 0
                    && java.util.Objects.equals(d.amount().currency(), f.amount().currency()))) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    static List<Amount> amounts(List<Found> found) {
        return found.stream().map(Found::amount).toList();
    }

    /** The price a seller sets ("to $54.99", "₹299 kar do", "1200 se 999 kar do"), or null. */
    static Amount requestedPrice(String text, List<Found> found) {
        Found only = null;
        int candidates = 0;
        for (Found f : found) {
            String clause = clauseAround(text, f.start());
            if (!(PRICE_SETTING.matcher(clause).find() || PRICE_FROM_TO.matcher(clause).find()) || byHowMuch(text, f)) {
                continue;
            }
            if (f.role() == Role.ASKED) {
                return f.amount();
            }
            if (f.role() == Role.NAMED) {
                only = f;
                candidates++;
            }
        }
        return candidates == 1 ? only.amount() : null;
    }

    private static void collect(List<Found> found, String text, Pattern form, boolean withCurrency) {
        Matcher m = form.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            String before = text.substring(Math.max(0, start - 40), start);
            String after = text.substring(end, Math.min(text.length(), end + 30));
            if (!withCurrency && (!moneyByContext(text, start, before) || UNIT_AFTER.matcher(after).find())) {
                continue;
            }
            String currency = withCurrency ? currencyOf(m.group("cur")) : null;
            BigDecimal value = parse(m.group("n"));
            if (value.signum() == 0) {
                continue;
            }
            found.add(new Found(new Amount(value, currency), start, end, roleOf(before, after)));
        }
    }

    /** "refund 500", "price 799 kar do"; or a price changed "from 1200 to 999" / "349 se 299 kar do" without stock words. */
    private static boolean moneyByContext(String text, int at, String before) {
        if (MONEY_WORD_BEFORE.matcher(clauseTail(before)).find()) {
            return true;
        }
        String clause = clauseAround(text, at);
        return PRICE_FROM_TO.matcher(clause).find() && !STOCK_WORDS.matcher(clause).find();
    }

    private static Role roleOf(String before, String after) {
        String tail = clauseTail(before);
        // "from ₹1200 to ₹999", "1200 se 999 kar do": the first is what the price was
        if (OLD_PRICE_AFTER.matcher(after).find() || OLD_PRICE_BEFORE.matcher(tail).find()) {
            return Role.CONTEXT;
        }
        if (ASKED_BEFORE.matcher(tail).find() || ASKED_AFTER.matcher(after).find()) {
            return Role.ASKED;
        }
        if (CONTEXT_BEFORE.matcher(tail).find() || CONTEXT_AFTER.matcher(after).find()) {
            return Role.CONTEXT;
        }
        return Role.NAMED;
    }

    /** "by ₹50", "₹50 badha do", "$5 off", "orders over $40": a change or a threshold, not the price itself. */
    private static boolean byHowMuch(String text, Found f) {
        String before = text.substring(Math.max(0, f.start() - 20), f.start());
        String after = text.substring(f.end(), Math.min(text.length(), f.end() + 20));
        return BY_HOW_MUCH_BEFORE.matcher(before).find() || BY_HOW_MUCH_AFTER.matcher(after).find();
    }

    /** What precedes a number within its sentence. */
    private static String clauseTail(String before) {
        int cut = -1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' && i + 1 < before.length() && before.charAt(i + 1) == ' ')) {
                cut = i;
            }
        }
        return before.substring(cut + 1);
    }

    private static String clauseAround(String text, int at) {
        int start = at;
        while (start > 0 && !endsAClause(text, start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && !endsAClause(text, end)) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean endsAClause(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            // "from $45, effective today" keeps its clause; ", and bump X to $62" starts a new one
            String next = text.substring(i + 1, Math.min(text.length(), i + 6)).toLowerCase(Locale.ROOT);
            return next.startsWith(" and") || next.startsWith(" aur");
        }
        return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** "1,250.00" and "1,49,999" have thousands separators; "49,99" and "1.299,00" a decimal comma. */
    static BigDecimal parse(String digits) {
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        String plain;
        if (lastComma >= 0 && lastDot >= 0) {
            plain = lastDot > lastComma ? digits.replace(",", "") : digits.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            plain = digits.length() - lastComma - 1 <= 2 ? digits.replace(',', '.') : digits.replace(",", "");
        } else {
            plain = digits;
        }
        return new BigDecimal(plain);
    }

    static String currencyOf(String marker) {
        String m = marker.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s", "");
        if (m.contains("$") || m.startsWith("usd") || m.startsWith("dollar") || m.equals("bucks")) {
            return "USD";
        }
        if (m.equals("€") || m.startsWith("eur")) {
            return "EUR";
        }
        if (m.equals("£") || m.equals("gbp")) {
            return "GBP";
        }
        return "INR";
    }
}

package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The percentage a ticket asks for: "10% off", "rate 10% kam karo", "15 percent badha do", "20 pct". Only where
 * the sentence is about a price, a discount or an offer: "100% cotton" and "battery at 80%" are not requests.
 */
final class KeywordPercentage {

    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:%|percent\\b|per\\s?cent\\b|pct\\b|prcnt\\b|percentage\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_PRICE = Pattern.compile(
            "\\b(?:off|discount\\w*|discout|discont|sale|offer|deal|coupon|promo|price|prices|prise|rate|daam|kam|badha\\w*|ghata\\w*|"
                    + "up|down|hike|cut|increase|decrease|reduce|raise|lower|drop|bump|markup|markdown|mark up|mark down|chalega|chalegi|"
                    + "milega|cashback|cheaper|less|more)\\b", Pattern.CASE_INSENSITIVE);

    private KeywordPercentage() {
    }

    // "from 20% to 25%", "20% se 25% kar do": the new one is asked for
    private static final Pattern FROM_TO = Pattern.compile(
            "\\d{1,3}(?:\\.\\d{1,2})?\\s*(?:%|percent|pct)\\s+(?:to|se)\\s+(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:%|percent\\b|pct\\b)",
            Pattern.CASE_INSENSITIVE);

    static BigDecimal requested(String text) {
        Matcher change = FROM_TO.matcher(text);
        if (change.find()) {
            return new BigDecimal(change.group(1));
        }
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            if (ABOUT_PRICE.matcher(sentenceAround(text, m.start(), m.end())).find()) {
                return new BigDecimal(m.group(1));
            }
        }
        return null;
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}

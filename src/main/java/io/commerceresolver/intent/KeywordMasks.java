package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are already spoken for, blanked before the next parser looks: once a number is the order id, a
 * phone number or part of a SKU, it cannot also be an amount, a quantity or a PIN code.
 */
final class KeywordMasks {

    record Span(int start, int end) {
    }

    // "(614) 555-0192", "+91 98450 12345", "555-201-8890", "07700 900123", "9811223344"
    private static final Pattern DIALLED = Pattern.compile("(?<![\\w.,])\\+?\\(?\\d[\\d\\s().-]{6,18}\\d(?![\\w.,]\\d|\\w)");
    private static final int PHONE_DIGITS = 10;
    private static final int INTERNATIONAL_PHONE_DIGITS = 8;

    private KeywordMasks() {
    }

    static List<Span> phones(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = DIALLED.matcher(text);
        while (m.find()) {
            String raw = m.group();
            long digits = raw.chars().filter(Character::isDigit).count();
            // a line break inside is two numbers on two lines, not one phone number
            if (raw.contains("\n")) {
                continue;
            }
            if (digits >= PHONE_DIGITS || (raw.startsWith("+") && digits >= INTERNATIONAL_PHONE_DIGITS)) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    /** The text with the spans replaced by spaces, so offsets stay where they were. */
    static String blanked(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text);
        for (Span span : spans) {
            for (int i = span.start(); i < span.end() && i < out.length(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}

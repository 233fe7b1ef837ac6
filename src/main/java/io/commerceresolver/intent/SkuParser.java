package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product codes: upper-case segments joined by hyphens as catalogues write them (EAR-TWS-PRO, PWR-BANK-20K,
 * KURTA-LIN-IND-M), or whatever follows an explicit "SKU". Not: USB-C, T-shirt, Wi-Fi (too short, or written in
 * lower case), order ids such as A-2044 or ORD-77812, dates, phone numbers, or coupon codes without a hyphen (WKND25).
 */
final class SkuParser {

    record Found(String sku, int start, int end) {
    }

    // three or more segments, the first starting with a letter: MUG-STONE-SET4, DIYA-BRS-6
    private static final Pattern LONG_CODE = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,12}){2,5})(?![\\w-])");
    // two segments only when they look like a code, not a word pair: TEE-001, CHG-65W (a digit in the second part)
    private static final Pattern SHORT_CODE = Pattern.compile("(?<![\\w-])([A-Z]{3,8}[0-9]{0,3}-(?=[A-Z0-9]*\\d)[A-Z0-9]{2,10})(?![\\w-])");
    // "SKU TOTE-ORG-NAT", "sku: tee123", "SKU code - ABC-12"
    private static final Pattern LABELLED = Pattern.compile(
            "\\bsku\\s*(?:code|no\\.?|id|#)?\\s*(?:is\\s+|hai\\s+)?[:=\\-–]?\\s*([A-Za-z0-9][A-Za-z0-9-]{1,30}[A-Za-z0-9])(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    // identifiers with a hyphen that belong to something else
    private static final Set<String> NOT_PRODUCT_PREFIXES = Set.of(
            "ORD", "ORDER", "OD", "INV", "INVOICE", "AWB", "TXN", "REF", "UTR", "TKT", "TICKET", "EMP", "GST", "RMA", "USB",
            "HDMI", "UPI", "COVID", "PAN", "OTP", "IMEI", "PIN", "ZIP", "ID", "NO");
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile(
            "(?:\\b(?:order|ord|id|employee|emp|ticket|ref|reference|awb|invoice|inv|tracking|txn|transaction|case)\\s*(?:no\\.?|number|#)?\\s*[:#.\\-]?|#)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private SkuParser() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean shouting = mostlyUpperCase(text);
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            String code = labelled.group(1);
            if (code.chars().anyMatch(Character::isDigit) || code.contains("-") || code.equals(code.toUpperCase(Locale.ROOT))) {
                add(found, code.toUpperCase(Locale.ROOT), labelled.start(1), labelled.end(1));
            }
        }
        for (Pattern form : List.of(LONG_CODE, SHORT_CODE)) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                String code = m.group(1);
                String prefix = code.substring(0, code.indexOf('-'));
                String before = text.substring(Math.max(0, m.start() - 20), m.start());
                if (NOT_PRODUCT_PREFIXES.contains(prefix) || IDENTIFIER_BEFORE.matcher(before).find()) {
                    continue;
                }
                // in a ticket typed in capitals, "BUY-ONE-GET-ONE" is words; a code still carries a digit
                if (shouting && code.chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                add(found, code, m.start(1), m.end(1));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** The codes once each, in the order the ticket names them. */
    static List<String> codes(List<Found> found) {
        List<String> codes = new ArrayList<>();
        for (Found f : found) {
            if (!codes.contains(f.sku())) {
                codes.add(f.sku());
            }
        }
        return codes;
    }

    private static void add(List<Found> found, String sku, int start, int end) {
        if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
            found.add(new Found(sku, start, end));
        }
    }

    /** A ticket typed in capitals, judged on its words (the codes themselves are capitals anyway). */
    private static boolean mostlyUpperCase(String text) {
        String words = LONG_CODE.matcher(text).replaceAll(" ");
        long letters = words.chars().filter(Character::isLetter).count();
        long upper = words.chars().filter(Character::isUpperCase).count();
        return letters > 30 && upper * 10 > letters * 7;
    }
}

package io.commerceresolver.intent;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes personal data out of a ticket's words before they go to an external language model: payment card numbers,
 * phone numbers, e-mail addresses and (unless the ticket is about an address) street addresses become
 * {@code [CARD]}, {@code [PHONE]}, {@code [EMAIL]} and {@code [ADDRESS]}. Everything else (order ids, amounts, SKUs,
 * product names, spacing) stays byte for byte, because the model needs it to read the ticket.
 *
 * <p>Detection is heuristic and leans towards keeping commerce data intact; see {@code PiiMaskerTest} for what is
 * and is not masked. Stateless and thread-safe. It never logs: its input is the very thing being protected.
 */
public final class PiiMasker {

    public enum Kind { CARD, PHONE, EMAIL, ADDRESS }

    /** The text to send on, and how many spans of each kind were replaced (every kind present, zero if none). */
    public record Masked(String text, Map<Kind, Integer> counts) {

        public Masked {
            EnumMap<Kind, Integer> all = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                all.put(kind, counts == null ? 0 : counts.getOrDefault(kind, 0));
            }
            counts = Collections.unmodifiableMap(all);
        }

        public int count(Kind kind) {
            return counts.get(kind);
        }
    }

    // One replacement can reveal another: libphonenumber reads adjacent digit runs as one candidate, so the first of
    // "(415) 555-0132 9876543210" is only found once the second is a placeholder. Repeating until nothing changes
    // finds it, and makes masking idempotent. Each round removes digits, '@' or an address, so this is only a bound.
    private static final int MAX_ROUNDS = 4;

    public Masked mask(String text, boolean keepAddresses) {
        String current = text == null ? "" : text;
        EnumMap<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String before = current;
            // Cards first, so no card is half-masked as a phone; e-mails before phones ("9876543210@example.com")
            // and before addresses.
            current = replace(current, cardSpans(current), Kind.CARD, counts);
            current = replace(current, emailSpans(current), Kind.EMAIL, counts);
            current = replace(current, phoneSpans(current), Kind.PHONE, counts);
            if (!keepAddresses) {
                current = replace(current, addressSpans(current), Kind.ADDRESS, counts);
            }
            if (current.equals(before)) {
                break;
            }
        }
        return new Masked(current, counts);
    }

    private record Span(int start, int end) {
    }

    private static String replace(String text, List<Span> spans, Kind kind, Map<Kind, Integer> counts) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Span span : spans) {
            out.append(text, copied, span.start()).append('[').append(kind.name()).append(']');
            copied = span.end();
        }
        out.append(text, copied, text.length());
        counts.merge(kind, spans.size(), Integer::sum);
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------- cards

    // Digit groups joined by single spaces or dashes, not part of a word or an identifier ("ORD-…", "#…", "1Z…").
    // Possessive: a greedy group repetition recurses per group in java.util.regex and overflows on a long run.
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_#])(?<![\\p{L}\\p{N}][-/])\\d++(?:[ -]\\d++)*+(?![\\p{L}\\p{N}_])");
    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");

    /**
     * Within each run, the longest group-aligned window that is written like a card and passes Luhn, scanning left
     * to right; so "call 98765 43210 4111 1111 1111 1111" yields the card and leaves the phone for the phone pass.
     */
    private static List<Span> cardSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            List<Span> groups = digitGroups(text, run.start(), run.end());
            int first = 0;
            while (first < groups.size()) {
                int last = longestCardFrom(text, groups, first);
                if (last < 0) {
                    first++;
                } else {
                    spans.add(new Span(groups.get(first).start(), groups.get(last).end()));
                    first = last + 1;
                }
            }
        }
        return spans;
    }

    private static int longestCardFrom(String text, List<Span> groups, int first) {
        int longest = -1;
        StringBuilder digits = new StringBuilder();
        for (int last = first; last < groups.size(); last++) {
            digits.append(text, groups.get(last).start(), groups.get(last).end());
            if (digits.length() > 19) {
                break;
            }
            List<Span> window = groups.subList(first, last + 1);
            if (digits.length() >= 13 && writtenLikeACard(window) && passesLuhn(digits)) {
                longest = last;
            }
        }
        return longest;
    }

    /**
     * Cards are printed unbroken, in fours (4-4-4-4, 4-4-4-1 … 4-4-4-4-3), or 4-6-5 / 4-6-4 (Amex, Diners).
     * Accepting only these keeps a phone number next to other digits from being read as part of a card.
     */
    private static boolean writtenLikeACard(List<Span> groups) {
        int[] lengths = groups.stream().mapToInt(g -> g.end() - g.start()).toArray();
        if (lengths.length == 1) {
            return true;
        }
        if (lengths.length == 3 && lengths[0] == 4 && lengths[1] == 6 && (lengths[2] == 5 || lengths[2] == 4)) {
            return true;
        }
        for (int i = 0; i < lengths.length - 1; i++) {
            if (lengths[i] != 4) {
                return false;
            }
        }
        return lengths[lengths.length - 1] <= 4;
    }

    /**
     * Luhn (ISO/IEC 7812): from the rightmost digit, double every second digit, subtract 9 from doubles above 9,
     * and the sum must be a multiple of 10. Every issued card passes; a random number passes one time in ten, which
     * is why a 16-digit tracking number is usually left alone.
     */
    static boolean passesLuhn(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    // --------------------------------------------------------------------------------------------------- emails

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+%-])[\\w.+%-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){0,8}\\.[A-Za-z]{2,}(?![\\w-])");

    private static List<Span> emailSpans(String text) {
        return EMAIL.matcher(text).results().map(m -> new Span(m.start(), m.end())).toList();
    }

    // --------------------------------------------------------------------------------------------------- phones

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    // Customers write national numbers the way their country does; IN and US are this product's markets. A number
    // with a leading '+' carries its own country code and is found under either region.
    private static final List<String> PHONE_REGIONS = List.of("IN", "US");

    // POSSIBLE, not VALID: VALID rejects numbers in unassigned ranges such as US 555-01xx, which customers and
    // test data do write, and we would rather over-mask a phone than leak one. The guards below keep POSSIBLE's
    // looseness away from order ids, amounts, PIN codes and dates.
    private static final Leniency PHONE_LENIENCY = Leniency.POSSIBLE;

    // Ten digits is the shortest national mobile/landline number in IN and US (with trunk '0' or '1' it is more);
    // order ids, amounts, PIN codes, ZIPs and dates are shorter. With '+' the country code makes 8 enough.
    private static final int MIN_NATIONAL_DIGITS = 10;
    private static final int MIN_INTERNATIONAL_DIGITS = 8;

    // Numbers right after these words are identifiers of the order or the shipment, not someone's phone.
    private static final Pattern IDENTIFIER_CONTEXT = Pattern.compile(
            "(?:\\b(?:orders?|ord|invoice|inv|awb|tracking|txn|transaction|ref|reference|utr|sku|shipment|consignment)"
                    + "\\b\\s*(?:no\\.?|number|num|id|#)?|#)\\s*[:#.-]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int CONTEXT_LOOKBACK = 30;
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?:[$€£₹]|\\b(?:rs|inr|usd|eur|gbp)\\.?)\\s*$", Pattern.CASE_INSENSITIVE);

    private static List<Span> phoneSpans(String text) {
        List<Span> found = new ArrayList<>();
        for (String region : PHONE_REGIONS) {
            for (PhoneNumberMatch match : PHONE_NUMBERS.findNumbers(text, region, PHONE_LENIENCY, Long.MAX_VALUE)) {
                Span span = withoutExtensionWords(text, match.start(), match.end());
                if (span != null && looksLikeAPhone(text, span)) {
                    found.add(withoutTrailingCount(text, span));
                }
            }
        }
        found.addAll(phonesHiddenInLongerRuns(text, found));
        return merged(found);
    }

    /**
     * POSSIBLE also takes a count written after the number into it ("+91 98765 43210 5 times" reads as one longer
     * number). When a shorter prefix is a valid number grouped exactly as its country writes it, mask only that.
     */
    private static Span withoutTrailingCount(String text, Span span) {
        List<Span> groups = digitGroups(text, span.start(), span.end());
        if (groups.size() < 2) {
            return span;
        }
        Span exact = longestExactlyGroupedPhoneFrom(text, groups, 0, span.start());
        return exact == null ? span : exact;
    }

    private static List<Span> digitGroups(String text, int start, int end) {
        List<Span> groups = new ArrayList<>();
        Matcher group = DIGIT_GROUP.matcher(text).region(start, end);
        while (group.find()) {
            groups.add(new Span(group.start(), group.end()));
        }
        return groups;
    }

    // Digit groups separated by single spaces or dashes, optionally after a '+'.
    private static final Pattern GROUPED_DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}_#+])(?<![\\p{L}\\p{N}][-/])\\+?\\d++(?:[ -]\\d++)*+(?![\\p{L}\\p{N}_])");

    /**
     * libphonenumber takes "98765 43210 1005" as one over-long candidate and then finds nothing in it, so a phone
     * followed by a count or a room number would leak. Inside runs of digit groups where no phone was found, try
     * group-aligned windows, accepting only numbers that are valid and grouped exactly as their country prints them,
     * so a failed card number's "4111 1111 1111" is never taken for one.
     */
    private static List<Span> phonesHiddenInLongerRuns(String text, List<Span> alreadyFound) {
        List<Span> found = new ArrayList<>();
        Matcher run = GROUPED_DIGITS.matcher(text);
        while (run.find()) {
            int runStart = run.start();
            int runEnd = run.end();
            if (alreadyFound.stream().anyMatch(span -> span.start() < runEnd && runStart < span.end())) {
                continue;
            }
            List<Span> groups = digitGroups(text, runStart, runEnd);
            if (groups.size() < 2) {
                continue;
            }
            int first = 0;
            while (first < groups.size()) {
                Span phone = longestExactlyGroupedPhoneFrom(text, groups, first, first == 0 ? runStart : -1);
                if (phone == null) {
                    first++;
                } else {
                    found.add(phone);
                    int end = phone.end();
                    while (first < groups.size() && groups.get(first).start() < end) {
                        first++;
                    }
                }
            }
        }
        return found;
    }

    private static Span longestExactlyGroupedPhoneFrom(String text, List<Span> groups, int first, int runStart) {
        int start = runStart >= 0 ? runStart : groups.get(first).start();
        // No phone has more than 15 digits (E.164) or is written in more than six groups ("+1 800 555 01 99"):
        // bounding the windows keeps a long table of numbers cheap.
        int last = first;
        int digits = length(groups.get(first));
        while (last + 1 < groups.size() && last + 1 - first < MAX_PHONE_GROUPS
                && digits + length(groups.get(last + 1)) <= MAX_PHONE_DIGITS) {
            last++;
            digits += length(groups.get(last));
        }
        for (; last >= first; digits -= length(groups.get(last)), last--) {
            if (digits < MIN_INTERNATIONAL_DIGITS) {
                return null;
            }
            Span window = new Span(start, groups.get(last).end());
            String candidate = text.substring(window.start(), window.end());
            List<String> written = groups.subList(first, last + 1).stream()
                    .map(g -> text.substring(g.start(), g.end())).toList();
            for (String region : PHONE_REGIONS) {
                if (isValidAndGroupedAsPrinted(candidate, written, region) && looksLikeAPhone(text, window)) {
                    return window;
                }
            }
        }
        return null;
    }

    /**
     * A valid number whose digit groups are the ones its country prints it in ("98765 43210", "022 2634 5678",
     * "+1 415 555 0132"), allowing a leading country code or trunk prefix. This is libphonenumber's EXACT_GROUPING
     * idea, done here because that leniency logs a warning for every country without alternate-format metadata.
     */
    private static boolean isValidAndGroupedAsPrinted(String candidate, List<String> written, String region) {
        PhoneNumber number;
        try {
            number = PHONE_NUMBERS.parse(candidate, region);
        } catch (NumberParseException notAPhone) {
            return false;
        }
        if (!PHONE_NUMBERS.isValidNumber(number)) {
            return false;
        }
        // "tel:+91-98765-43210": the groups of the national number follow the country code
        String rfc3966 = PHONE_NUMBERS.format(number, PhoneNumberFormat.RFC3966);
        String[] printed = rfc3966.substring(rfc3966.indexOf('-') + 1).split("-");
        int w = written.size() - 1;
        for (int p = printed.length - 1; p > 0; p--, w--) {
            if (w < 0 || !written.get(w).equals(printed[p])) {
                return false;
            }
        }
        if (w < 0 || !written.get(w).endsWith(printed[0])) {
            return false;
        }
        if (w == 0) {
            return true;
        }
        String leading = written.get(0);
        return w == 1 && (leading.equals(String.valueOf(number.getCountryCode()))
                || leading.equals(PHONE_NUMBERS.getNddPrefixForRegion(region, true)));
    }

    private static final int MAX_PHONE_DIGITS = 15;
    private static final int MAX_PHONE_GROUPS = 6;

    private static int length(Span span) {
        return span.end() - span.start();
    }

    /**
     * libphonenumber reads letters as an extension ("ext. 23", "x 12"), and under IN it even reads "10 x 1234567890"
     * as one number; cutting at the first letter keeps the quantity "10 x" and masks only the digits that dial.
     */
    private static Span withoutExtensionWords(String text, int start, int end) {
        int cut = start;
        while (cut < end && !Character.isLetter(text.charAt(cut))) {
            cut++;
        }
        while (cut > start && !Character.isDigit(text.charAt(cut - 1)) && text.charAt(cut - 1) != ')') {
            cut--;
        }
        return cut > start ? new Span(start, cut) : null;
    }

    private static boolean looksLikeAPhone(String text, Span span) {
        String raw = text.substring(span.start(), span.end());
        long digits = raw.chars().filter(Character::isDigit).count();
        boolean international = raw.startsWith("+");
        if (digits < (international ? MIN_INTERNATIONAL_DIGITS : MIN_NATIONAL_DIGITS)) {
            return false;
        }
        if (gluedToAWord(text, span)) {
            return false;
        }
        String before = text.substring(Math.max(0, span.start() - CONTEXT_LOOKBACK), span.start());
        return !IDENTIFIER_CONTEXT.matcher(before).find() && !CURRENCY_BEFORE.matcher(before).find();
    }

    /** "ORD-9876543210", "#9876543210", "1Z999AA10123456784", "9876543210.50": part of something else. */
    private static boolean gluedToAWord(String text, Span span) {
        if (span.start() > 0) {
            char previous = text.charAt(span.start() - 1);
            if (isWordChar(previous) || previous == '#') {
                return true;
            }
            // "ORD-…", "INV/…"; but "9876543210/9876543211" is two phones, so a digit before '/' is fine
            if (span.start() > 1 && ((previous == '-' || previous == '.') && isWordChar(text.charAt(span.start() - 2))
                    || previous == '/' && Character.isLetter(text.charAt(span.start() - 2)))) {
                return true;
            }
        }
        if (span.end() < text.length()) {
            char next = text.charAt(span.end());
            if (isWordChar(next)) {
                return true;
            }
            if ((next == '-' || next == '.' || next == ',') && span.end() + 1 < text.length()
                    && Character.isDigit(text.charAt(span.end() + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The two regional passes often find the same number, sometimes with different edges; keep their union. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> result = new ArrayList<>();
        for (Span span : sorted) {
            Span last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && span.start() < last.end()) {
                result.set(result.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------ addresses

    private static final List<String> STREET_WORDS = List.of(
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "nagar", "marg", "colony", "sector",
            "apartments", "apartment", "apts", "pkwy", "parkway", "blvd", "boulevard", "drive", "dr", "layout",
            "chowk", "enclave", "vihar", "society");

    // After an address cue, a street word in any case (with a number somewhere) is evidence enough.
    private static final Pattern STREET_WORD = Pattern.compile(
            "\\b(?:" + String.join("|", STREET_WORDS) + ")\\b", Pattern.CASE_INSENSITIVE);

    // Without a cue, an address must look like one: "221B Baker Street", "1600 Amphitheatre Pkwy", "B-12, Sector 15".
    // Capitalised words only, so "2 hard drives" or "3 more days" never start an address.
    private static final Pattern NUMBERED_STREET = Pattern.compile(
            "(?<![\\p{L}\\p{N}#/.-])(?:[A-Z]-?)?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?){0,4},?\\s+"
                    + "(?:[A-Z][\\p{L}'.]*,?\\s+){0,4}(?:" + STREET_WORDS.stream().map(PiiMasker::capitalised)
                    .collect(Collectors.joining("|")) + ")\\b\\.?(?:\\s+\\d{1,4}[A-Za-z]?\\b)?");

    // Not after '[': the placeholder "[ADDRESS]" is not a cue.
    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?<!\\[)\\b(?:address|addr|pata"
                    + "|(?:ship|send|deliver|courier|dispatch)\\s+(?:(?:it|this|them|the\\s+order|my\\s+order)\\s+)?to"
                    + "|deliver(?:y)?\\s+(?:(?:it|this|them)\\s+)?at"
                    + "|(?:live|living|stay|staying)\\s+at)\\b"
                    + "(?:\\s+(?:is|hai|he|h|to)\\b)?\\s*[:=–-]?\\s*",
            Pattern.CASE_INSENSITIVE);

    // "Flat 302", "H.No. 12-3-45", "House No. 7", "Plot 4B", "Apt 5", "Door No: 3/12": the address starts at the cue.
    private static final Pattern HOUSE_CUE = Pattern.compile(
            "\\b(?:flat|apt|apartment|house|h\\.?\\s?no|plot|door|d\\.?\\s?no|suite)\\.?"
                    + "(?:\\s*(?:no\\.?|number|#))?\\s*[:-]?\\s*[A-Za-z]?-?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?){0,4}\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern POSTAL_CODE = Pattern.compile(
            // Indian PIN: six digits, first not 0, sometimes written "400 053"
            "(?<![\\p{L}\\p{N}#-])[1-9]\\d{2} ?\\d{3}(?![\\p{L}\\p{N}])"
                    // US ZIP or ZIP+4 after a state code or a city: "CA 94043", "Chicago 60601-1234"
                    + "|\\b(?:[A-Z]{2}|[A-Z][a-z]+),?\\s+\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])"
                    // UK postcode: "NW1 6XE", "SW1A 1AA", "M1 1AE"
                    + "|\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");

    // Comma-separated capitalised parts after a street: ", London", ", Mountain View, Santa Clara County".
    private static final Pattern PLACE_NAMES = Pattern.compile("(?:,\\s*[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*)*)+");

    private static final Pattern COUNTRY_AFTER_POSTAL_CODE = Pattern.compile(
            ",?\\s*(?:India|USA|United States|UK|United Kingdom)\\b");

    // Where the address has ended and the customer is talking again, when no postal code marks the end.
    private static final Pattern BACK_TO_THE_TICKET = Pattern.compile(
            "[,;]?\\s*\\b(?:phone|mobile|mob|contact|call|email|e-mail|whatsapp|please|pls|plz|kindly|thanks|thank"
                    + "|asap|instead|tomorrow|today|bhej|karo|kardo|kar\\s+do)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:CARD|PHONE|EMAIL|ADDRESS)]");

    // A full stop after these does not end the sentence: "H.No. 12", "Baker St. London", "Opp. Metro".
    private static final Set<String> ABBREVIATIONS = Set.of(
            "no", "st", "rd", "ave", "apt", "dr", "ln", "blvd", "pkwy", "opp", "nr", "sq", "hwy", "mt", "ft", "jr",
            "sr", "flat");

    private enum Start { AFTER_CUE, AT_HOUSE_NUMBER, AT_NUMBERED_STREET }

    private record Candidate(int start, Start kind, int streetEnd) {
    }

    private static List<Span> addressSpans(String text) {
        List<Candidate> candidates = Stream.of(
                        ADDRESS_CUE.matcher(text).results().map(m -> new Candidate(m.end(), Start.AFTER_CUE, -1)),
                        HOUSE_CUE.matcher(text).results().map(m -> new Candidate(m.start(), Start.AT_HOUSE_NUMBER, -1)),
                        NUMBERED_STREET.matcher(text).results()
                                .map(m -> new Candidate(m.start(), Start.AT_NUMBERED_STREET, m.end())))
                .flatMap(s -> s)
                .sorted(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::kind))
                .toList();
        List<Span> spans = new ArrayList<>();
        int maskedUpTo = 0;
        for (Candidate candidate : candidates) {
            if (candidate.start() < maskedUpTo) {
                continue;
            }
            Span span = addressFrom(text, candidate);
            if (span != null) {
                spans.add(span);
                maskedUpTo = span.end();
            }
        }
        return spans;
    }

    /**
     * The address runs from its start to the end of the line or sentence (or an earlier placeholder); a postal code
     * normally closes it, otherwise the first words that are the customer talking again do. It counts as an address
     * only if it holds a postal code, or a number and a street word.
     */
    private static Span addressFrom(String text, Candidate candidate) {
        int start = candidate.start();
        int limit = sentenceEnd(text, start);
        Matcher placeholder = PLACEHOLDER.matcher(text).region(start, limit);
        if (placeholder.find()) {
            limit = placeholder.start();
        }
        int postalEnd = -1;
        Matcher postal = POSTAL_CODE.matcher(text).region(start, limit).useTransparentBounds(true);
        while (postal.find()) {
            postalEnd = postal.end();
        }
        int end;
        if (postalEnd >= 0) {
            Matcher country = COUNTRY_AFTER_POSTAL_CODE.matcher(text).region(postalEnd, limit);
            end = country.lookingAt() ? country.end() : postalEnd;
        } else if (candidate.kind() == Start.AT_NUMBERED_STREET) {
            // No cue said an address follows, so take only what is written like one: ", London", ", Mountain View"
            Matcher places = PLACE_NAMES.matcher(text).region(Math.min(candidate.streetEnd(), limit), limit);
            if (candidate.streetEnd() > limit || !places.lookingAt()) {
                return null;
            }
            end = places.end();
        } else {
            Matcher talk = BACK_TO_THE_TICKET.matcher(text).region(start, limit).useTransparentBounds(true);
            end = talk.find() ? talk.start() : limit;
        }
        while (end > start && " \t,;:-–".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        if (postalEnd >= 0 || candidate.kind() == Start.AT_NUMBERED_STREET) {
            return new Span(start, end);
        }
        // After a cue, a number and a street word will do; "ship to Park Road" alone finds nobody, so it stays.
        boolean numberedStreet = containsADigit(text, start, end)
                && STREET_WORD.matcher(text).region(start, end).useTransparentBounds(true).find();
        return numberedStreet ? new Span(start, end) : null;
    }

    // Longer than any postal address; bounds the work per candidate on a long ticket with no full stops.
    private static final int MAX_ADDRESS_LENGTH = 250;

    private static boolean containsADigit(String text, int start, int end) {
        return text.substring(start, end).chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static int sentenceEnd(String text, int from) {
        int searchEnd = Math.min(text.length(), from + MAX_ADDRESS_LENGTH);
        for (int i = from; i < searchEnd; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';') {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !endsAnAbbreviation(text, i)) {
                return i;
            }
        }
        return searchEnd;
    }

    private static boolean endsAnAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

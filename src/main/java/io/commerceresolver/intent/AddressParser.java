package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address an order should go to instead, split into the parts platforms use.
 *
 * <p>A postal code anchors it: an Indian PIN ("Pune, Maharashtra 411045"), a US ZIP after a state ("Columbus, OH
 * 43214"), a UK postcode ("Manchester M1 5AB"), a Canadian one ("Toronto, ON M5H 2N2") or a continental one before
 * the city ("10435 Berlin"). The address runs back from it to where the writer introduced it ("to:", "naya address
 * ye hai:", "sahi wala ye hai -", a line of its own), and on to a country name if one follows. Street parts become
 * line 1 and line 2; the part before the code is the city (or the region, when it is a state).
 *
 * <p>A ticket that only corrects the PIN or ZIP ("400705 ki jagah 400706 kar do") gives just the new postal code.
 */
final class AddressParser {

    private enum Kind { PIN, ZIP, UK, CANADA, CITY_AFTER_CODE }

    private record Anchor(Kind kind, int start, int end, String code, String region, String city) {
    }

    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");
    private static final String US_STATE_NAMES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
            + "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi"
            + "|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
            + "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
            + "|West Virginia|Wisconsin|Wyoming";
    private static final Set<String> INDIAN_STATES = Set.of("andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh",
            "goa", "gujarat", "haryana", "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra",
            "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana",
            "tripura", "uttar pradesh", "uttarakhand", "west bengal", "delhi", "jammu and kashmir", "jammu & kashmir", "ladakh",
            "puducherry", "pondicherry", "chandigarh", "up", "mp", "hp", "tn", "ap", "wb", "ncr", "uk");
    private static final Set<String> CANADIAN_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("india", "IN"), Map.entry("bharat", "IN"), Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("u.s.", "US"),
            Map.entry("u.s.a.", "US"), Map.entry("u.s.a", "US"), Map.entry("united states", "US"), Map.entry("united states of america", "US"),
            Map.entry("america", "US"), Map.entry("uk", "GB"), Map.entry("u.k.", "GB"), Map.entry("united kingdom", "GB"),
            Map.entry("great britain", "GB"), Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("canada", "CA"), Map.entry("germany", "DE"), Map.entry("deutschland", "DE"), Map.entry("france", "FR"),
            Map.entry("australia", "AU"), Map.entry("uae", "AE"), Map.entry("united arab emirates", "AE"), Map.entry("singapore", "SG"),
            Map.entry("netherlands", "NL"), Map.entry("spain", "ES"), Map.entry("italy", "IT"), Map.entry("ireland", "IE"),
            Map.entry("new zealand", "NZ"), Map.entry("nepal", "NP"), Map.entry("sri lanka", "LK"), Map.entry("bangladesh", "BD"),
            Map.entry("austria", "AT"), Map.entry("switzerland", "CH"), Map.entry("belgium", "BE"), Map.entry("sweden", "SE"));
    private static final String COUNTRY_NAMES = "India|Bharat|USA|US|U\\.S\\.A?\\.?|United States(?: of America)?|America|UK|U\\.K\\."
            + "|United Kingdom|Great Britain|England|Scotland|Wales|Canada|Germany|Deutschland|France|Australia|UAE|United Arab Emirates"
            + "|Singapore|Netherlands|Spain|Italy|Ireland|New Zealand|Nepal|Sri Lanka|Bangladesh|Austria|Switzerland|Belgium|Sweden";
    // "US" and "UK" only in capitals: "us" is a pronoun
    private static final Pattern COUNTRY_AFTER = Pattern.compile(
            "^[ \\t]*[,\\-–]?[ \\t]*(?i:(?!us\\b|uk\\b)(" + COUNTRY_NAMES + "))\\b|^[ \\t]*[,\\-–]?[ \\t]*(US|UK|USA)\\b");

    private static final Pattern PIN = Pattern.compile("(?<![\\d,.\\-/])([1-9]\\d{2}\\s?\\d{3})(?![\\d,.]\\d|\\d)");
    private static final Pattern ZIP = Pattern.compile(
            "\\b([A-Z]{2}|" + US_STATE_NAMES + ")\\.?,?\\s+(\\d{5}(?:-\\d{4})?)(?![\\w-])");
    private static final Pattern CANADIAN = Pattern.compile("\\b(?:([A-Z]{2}),?\\s+)?([A-Z]\\d[A-Z])\\s?(\\d[A-Z]\\d)\\b");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s?(\\d[A-Z]{2})\\b");
    private static final Pattern CODE_BEFORE_CITY = Pattern.compile(
            "(?<![\\w,.\\-/])(\\d{4,5})[ \\t]+([A-Z][\\p{L}'-]+(?:[ -][A-Z][\\p{L}'-]+)?)(?=[ \\t]*(?:,|\\.|\\n|$))");

    // Where the writer hands over to the address: "to:", "address:", "ye hai -", "at", "? ", ". "
    private static final Pattern INTRODUCTION = Pattern.compile(
            ":[ \\t]*|\\b(?:to|at)\\s+|\\b(?:is|hai|h)\\s*[-–:]?\\s+|\\s[-–—]\\s+|[?!]\\s+|\\.\\s+(?=[A-Z0-9#])");
    private static final Set<String> ABBREVIATIONS = Set.of("st", "rd", "no", "apt", "opp", "nr", "ave", "dr", "mt", "ln", "blvd", "h", "flat");
    private static final Pattern STREET_WORD = Pattern.compile(
            "\\b(?:street|st|road|rd|avenue|ave|lane|ln|nagar|marg|colony|sector|apartments?|apts?|pkwy|parkway|blvd|boulevard|drive|dr"
                    + "|layout|chowk|enclave|vihar|society|flat|house|h\\.?\\s?no|plot|block|floor|suite|unit|tower|phase|cross|main|way|place"
                    + "|court|close|gardens?|park|square|sq|rue|allee|straße|strasse|weg|platz|residency|heights|complex|building|bldg|near|opp)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TALK = Pattern.compile(
            "\\b(?:please|pls|plz|kindly|change|update|order|ship|send|deliver|address|want|need|can|could|would|karna|kar|karo|hai|"
                    + "thanks|thank|mera|my|i|we|the)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HINGLISH_TALK = Pattern.compile("\\b(?:nahi|baaki|same|galat|sahi|wala|hoga|tha)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTAL_WORD = Pattern.compile("\\b(?:pin\\s?code|pin|zip(?:\\s?code)?|post\\s?code|postal\\s?code)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZIP_WORD = Pattern.compile("\\bzip\\b|\\bzip\\s?code\\b|\\bzipcode\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_ZIP = Pattern.compile("(?<![\\w,.\\-/#])\\d{5}(?:-\\d{4})?(?![\\w\\-/]|[.,]\\d)");
    private static final Pattern NEW_CODE_BETWEEN = Pattern.compile(
            "\\b(?:ki jagah|ke jagah|instead of|se|to|into|changed to|change to|->|→|replace with|nahi|not)\\b|->|→", Pattern.CASE_INSENSITIVE);
    private static final Pattern OLD_CODE_AFTER = Pattern.compile("^\\s*,?\\s*(?:not|nahi|na ki|instead of)\\b", Pattern.CASE_INSENSITIVE);

    private AddressParser() {
    }

    /** The new address in a ticket (whose order ids and phone numbers are blanked), or null. */
    static PostalAddress newAddress(String text) {
        List<Anchor> anchors = anchors(text);
        for (Anchor anchor : anchors) {
            PostalAddress address = addressAround(text, anchor);
            if (address != null) {
                return address;
            }
        }
        PostalAddress corrected = correctedPostalCode(text, anchors);
        return corrected != null ? corrected : withoutPostalCode(text);
    }

    private static List<Anchor> anchors(String text) {
        List<Anchor> anchors = new ArrayList<>();
        Matcher zip = ZIP.matcher(text);
        while (zip.find()) {
            String state = zip.group(1);
            if (state.length() > 2 || US_STATES.contains(state)) {
                anchors.add(new Anchor(Kind.ZIP, zip.start(), zip.end(), zip.group(2), state, null));
            }
        }
        Matcher canada = CANADIAN.matcher(text);
        while (canada.find()) {
            String province = canada.group(1);
            boolean known = province != null && CANADIAN_PROVINCES.contains(province);
            add(anchors, new Anchor(Kind.CANADA, known ? canada.start() : canada.start(2), canada.end(),
                    canada.group(2) + " " + canada.group(3), known ? province : null, null));
        }
        Matcher uk = UK_POSTCODE.matcher(text);
        while (uk.find()) {
            add(anchors, new Anchor(Kind.UK, uk.start(), uk.end(), uk.group(1) + " " + uk.group(2), null, null));
        }
        Matcher pin = PIN.matcher(text);
        while (pin.find()) {
            add(anchors, new Anchor(Kind.PIN, pin.start(), pin.end(), pin.group(1).replace(" ", ""), null, null));
        }
        anchors.sort(Comparator.comparingInt(Anchor::start));
        // "10435 Berlin" is weaker evidence than a PIN, ZIP or postcode ("4512 Maple Ave" looks the same): tried last
        List<Anchor> continentalAnchors = new ArrayList<>();
        Matcher continental = CODE_BEFORE_CITY.matcher(text);
        while (continental.find()) {
            if (!STREET_WORD.matcher(continental.group(2)).find()) {
                Anchor anchor = new Anchor(Kind.CITY_AFTER_CODE, continental.start(), continental.end(), continental.group(1), null,
                        continental.group(2));
                if (anchors.stream().noneMatch(a -> a.start() < anchor.end() && anchor.start() < a.end())) {
                    continentalAnchors.add(anchor);
                }
            }
        }
        anchors.addAll(continentalAnchors);
        return anchors;
    }

    private static void add(List<Anchor> anchors, Anchor anchor) {
        if (anchors.stream().noneMatch(a -> a.start() < anchor.end() && anchor.start() < a.end())) {
            anchors.add(anchor);
        }
    }

    private static PostalAddress addressAround(String text, Anchor anchor) {
        int lineStart = text.lastIndexOf('\n', anchor.start() - 1) + 1;
        String head = text.substring(lineStart, anchor.start());
        int introduced = introductionEnd(head);
        List<String> streetLines = new ArrayList<>();
        String anchorHead = introduced >= 0 ? head.substring(introduced) : head;
        if (introduced < 0) {
            streetLines = linesAbove(text, lineStart);
        }
        if (POSTAL_WORD.matcher(anchorHead).find()) {
            // "sahi pin 400076 hai": the writer is talking about the code, not giving a street
            return null;
        }
        List<String> parts = parts(anchorHead);
        String city = anchor.city();
        String region = anchor.region();
        if (anchor.kind() != Kind.CITY_AFTER_CODE && !parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            if (region == null && anchor.kind() == Kind.PIN && INDIAN_STATES.contains(last.toLowerCase(Locale.ROOT))
                    && parts.size() >= 2 && !looksLikeStreet(parts.get(parts.size() - 2))) {
                region = last;
                parts.remove(parts.size() - 1);
                last = parts.get(parts.size() - 1);
            }
            if (!looksLikeStreet(last) && !last.matches(".*\\d.*")) {
                city = last;
                parts.remove(parts.size() - 1);
            }
        }
        List<String> street = new ArrayList<>();
        if (streetLines.size() == 1) {
            street.addAll(parts(streetLines.get(0)));
        } else {
            street.addAll(streetLines);
        }
        street.addAll(parts);
        street = withHouseNumbersJoined(street);
        // "400705 ki jagah 400706": a part holding another code is the writer talking about codes, not a street
        if ((street.isEmpty() && city == null) || street.stream().anyMatch(part -> part.matches(".*\\b\\d{5,6}\\b.*"))) {
            return null;
        }
        String line1 = street.isEmpty() ? null : street.get(0);
        String line2 = street.size() > 1 ? String.join(", ", street.subList(1, street.size())) : null;
        if (line1 == null && POSTAL_WORD.matcher(text).find()) {
            // "pincode galat hai, 400706 kar do": a correction of the code, not an address
            return null;
        }
        return new PostalAddress(line1, line2, city, region, anchor.code(), countryAfter(text, anchor.end()));
    }

    /** Where, in the anchor's line, the address was introduced; -1 when the line is the address's own. */
    private static int introductionEnd(String head) {
        Matcher m = INTRODUCTION.matcher(head);
        int end = -1;
        while (m.find()) {
            if (m.group().startsWith(".") && endsAnAbbreviation(head, m.start())) {
                continue;
            }
            String rest = head.substring(m.end());
            if (!rest.isBlank() && !TALK.matcher(rest).find()) {
                end = m.end();
                break;
            }
        }
        if (end < 0 && (head.isBlank() || !TALK.matcher(head).find())) {
            return -1;
        }
        return end < 0 ? trailingAddressParts(head) : end;
    }

    /** "please deliver to my neighbour's address instead, 14 Rose Lane, Leeds": the comma parts after the talking. */
    private static int trailingAddressParts(String head) {
        int start = head.length();
        int comma = head.lastIndexOf(',', head.length() - 1);
        while (comma >= 0) {
            String part = head.substring(comma + 1, start);
            if (TALK.matcher(part).find()) {
                break;
            }
            start = comma;
            comma = head.lastIndexOf(',', comma - 1);
        }
        return Math.min(head.length(), start + (start < head.length() ? 1 : 0));
    }

    /** Street lines written above the city line, up to the line that introduced them ("ship it to:") or a blank line. */
    private static List<String> linesAbove(String text, int lineStart) {
        List<String> lines = new ArrayList<>();
        int end = lineStart - 1;
        while (end > 0 && lines.size() < 3) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (line.isEmpty() || line.endsWith(":") || line.length() > 70 || line.endsWith("?")
                    || (TALK.matcher(line).find() && !STREET_WORD.matcher(line).find())) {
                break;
            }
            lines.add(0, line.replaceFirst("^[-•*]\\s*", ""));
            end = start - 1;
        }
        return lines;
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().replaceAll("[\\s\\-–]+$", "").strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** "12/B, Lake View Road": a bare house number belongs with the street after it. */
    private static List<String> withHouseNumbersJoined(List<String> parts) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.matches("#?[A-Za-z]?-?\\d+[A-Za-z]?(?:[/-]\\d*[A-Za-z]?)*") && i + 1 < parts.size()) {
                joined.add(part + ", " + parts.get(++i));
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    private static boolean looksLikeStreet(String part) {
        return part.matches(".*\\d.*") || STREET_WORD.matcher(part).find();
    }

    /** A country named right after the postal code, or alone on the next line. */
    private static String countryAfter(String text, int from) {
        String rest = text.substring(from);
        Matcher sameLine = COUNTRY_AFTER.matcher(rest);
        if (sameLine.find()) {
            return iso(sameLine);
        }
        if (rest.startsWith("\n")) {
            int lineEnd = rest.indexOf('\n', 1);
            String nextLine = (lineEnd < 0 ? rest.substring(1) : rest.substring(1, lineEnd)).strip().replaceAll("[.,]$", "");
            Matcher alone = COUNTRY_AFTER.matcher(nextLine);
            if (alone.find() && alone.end() == nextLine.length()) {
                return iso(alone);
            }
        }
        return null;
    }

    private static String iso(Matcher country) {
        String name = country.group(1) != null ? country.group(1) : country.group(2);
        return COUNTRIES.get(name.toLowerCase(Locale.ROOT));
    }

    /** "400705 ki jagah 400706 kar do", "ZIP should be 94105 not 94015": only the code changes. */
    private static PostalAddress correctedPostalCode(String text, List<Anchor> anchors) {
        if (!POSTAL_WORD.matcher(text).find()) {
            return null;
        }
        List<Anchor> codes = new ArrayList<>(anchors.stream().filter(a -> a.kind() != Kind.CITY_AFTER_CODE || a.code().length() == 5).toList());
        if (ZIP_WORD.matcher(text).find()) {
            // "ZIP should be 30309": a US ZIP written without its state
            Matcher bare = BARE_ZIP.matcher(text);
            while (bare.find()) {
                add(codes, new Anchor(Kind.ZIP, bare.start(), bare.end(), bare.group(), null, null));
            }
            codes.sort(Comparator.comparingInt(Anchor::start));
        }
        if (codes.isEmpty()) {
            return null;
        }
        Anchor chosen = codes.get(codes.size() - 1);
        if (codes.size() >= 2) {
            Anchor first = codes.get(0);
            Anchor second = codes.get(1);
            String between = text.substring(first.end(), second.start());
            chosen = OLD_CODE_AFTER.matcher(between).find() ? first : NEW_CODE_BETWEEN.matcher(between).find() ? second : chosen;
        }
        return new PostalAddress(null, null, null, null, chosen.code(), null);
    }

    /** "change my address to 12 MG Road, Indiranagar, Bengaluru": no postal code, but a street and a city. */
    private static PostalAddress withoutPostalCode(String text) {
        Matcher introduced = Pattern.compile("(?:address|pata)[^\\n:]{0,30}?(?:\\bis\\b|\\bhai\\b|:|\\bto\\b)\\s*|\\b(?:ship|send|deliver)\\w*"
                + "[^.\\n]{0,40}?\\bto\\s*:?\\s*", Pattern.CASE_INSENSITIVE).matcher(text);
        while (introduced.find()) {
            int end = sentenceEnd(text, introduced.end());
            List<String> parts = parts(text.substring(introduced.end(), end));
            if (parts.size() >= 2 && parts.get(0).matches("(?s).*\\d.*") && STREET_WORD.matcher(parts.get(0) + " " + parts.get(1)).find()
                    && parts.stream().noneMatch(part -> TALK.matcher(part).find() || HINGLISH_TALK.matcher(part).find())) {
                String country = null;
                String last = parts.get(parts.size() - 1);
                if (COUNTRIES.containsKey(last.toLowerCase(Locale.ROOT))) {
                    country = COUNTRIES.get(last.toLowerCase(Locale.ROOT));
                    parts.remove(parts.size() - 1);
                }
                String city = null;
                last = parts.get(parts.size() - 1);
                if (parts.size() >= 2 && !looksLikeStreet(last) && last.split("\\s+").length <= 3) {
                    city = last;
                    parts.remove(parts.size() - 1);
                }
                List<String> street = withHouseNumbersJoined(parts);
                return new PostalAddress(street.get(0), street.size() > 1 ? String.join(", ", street.subList(1, street.size())) : null,
                        city, null, null, country);
            }
        }
        return null;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || c == ';') {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) && !endsAnAbbreviation(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean endsAnAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return ABBREVIATIONS.contains(text.substring(wordStart, dot).toLowerCase(Locale.ROOT));
    }
}

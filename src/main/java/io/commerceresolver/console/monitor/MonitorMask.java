package io.commerceresolver.console.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.privacy.PersonalDataMask;

/**
 * What the monitor shows of a person: the fields {@link PersonalDataMask} masks (e-mails keep their first letter and
 * domain, phones their last two digits, names and street lines are replaced), and also e-mail addresses and phone numbers
 * written inside any other text (a store's message, a mail's summary), and whole address lines wherever a field is
 * named as an address. Order ids, amounts, SKUs and outcomes stay readable.
 */
public final class MonitorMask {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Seven or more digits, with the separators phone numbers are written with; long enough to spare order ids and sums. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\d[\\d ()-]{6,}\\d(?![\\w.])");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private MonitorMask() {
    }

    /** A masked copy of a JSON tree (maps, lists and values as Jackson reads them). */
    public static Object masked(Object tree) {
        return text(PersonalDataMask.masked(tree), null);
    }

    /** Free text with the e-mail addresses and phone numbers in it masked. */
    public static String maskedText(String text) {
        if (text == null) {
            return null;
        }
        Matcher emails = EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (emails.find()) {
            emails.appendReplacement(out, Matcher.quoteReplacement(PersonalDataMask.maskedEmail(emails.group())));
        }
        emails.appendTail(out);
        Matcher phones = PHONE.matcher(out.toString());
        StringBuilder masked = new StringBuilder();
        while (phones.find()) {
            String digits = phones.group().replaceAll("\\D", "");
            boolean phone = digits.length() >= 7 && digits.length() <= 15 && !DATE.matcher(phones.group()).matches();
            String replacement = phone ? "***" + digits.substring(digits.length() - 2) : phones.group();
            phones.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        phones.appendTail(masked);
        return masked.toString();
    }

    private static Object text(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((name, value) -> copy.put(String.valueOf(name), text(value, String.valueOf(name))));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(text(item, key)));
            return copy;
        }
        if (node instanceof String value) {
            if (key != null && isAddress(key) && !value.equals(PersonalDataMask.MASKED)) {
                return PersonalDataMask.MASKED;
            }
            return maskedText(value);
        }
        return node;
    }

    /** A field holding an address as one line of text ("address", "shippingAddress", "address1"), not an e-mail field. */
    private static boolean isAddress(String key) {
        String name = key.toLowerCase(Locale.ROOT).replace("_", "");
        return name.contains("address") && !name.contains("mail") && !name.equals("ipaddress") && !name.equals("remoteaddress");
    }
}

package io.commerceresolver.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a ticket's story (its events) keeps of a person's data: enough to tell whose record it is, not enough to reach
 * them. The full values stay only where the work needs them: the ticket, the tool call's own request and answer (a
 * retry sends the same request; the receipt hashes it), the outbox mail. The retention purge takes those too.
 * <p>
 * E-mail addresses keep their first letter and domain ({@code r***@example.in}), phone numbers their last two
 * digits; names, street lines, postcodes and mail texts are replaced. Cities, countries, order ids, amounts, outcomes
 * and the store's own messages (why it refused a call) stay as they are.
 */
public final class PersonalDataMask {

    public static final String MASKED = "[masked]";

    /** Field names, lower-cased and without '_'; {@link Scrubber} purges these and more. */
    static final Set<String> EMAILS = Set.of("email", "customeremail", "to", "toaddress", "requesteremail");
    static final Set<String> PHONES = Set.of("phone");
    static final Set<String> REPLACED = Set.of("name", "customername", "street", "line1", "line2", "postcode",
            "postalcode", "zip", "text", "body", "subject");

    private PersonalDataMask() {
    }

    /** A masked copy of a JSON tree (maps, lists and values, as Jackson reads them); the tree itself is left as it was. */
    public static Object masked(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), maskedField(String.valueOf(key), value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(masked(item)));
            return copy;
        }
        return node;
    }

    public static String maskedEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return MASKED;
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static Object maskedField(String key, Object value) {
        String name = key.toLowerCase(Locale.ROOT).replace("_", "");
        if (!(value instanceof String text)) {
            return masked(value);
        }
        if (EMAILS.contains(name)) {
            return maskedEmail(text);
        }
        if (PHONES.contains(name)) {
            String digits = text.replaceAll("\\D", "");
            return digits.length() < 6 ? MASKED : "***" + digits.substring(digits.length() - 2);
        }
        return REPLACED.contains(name) ? MASKED : text;
    }
}

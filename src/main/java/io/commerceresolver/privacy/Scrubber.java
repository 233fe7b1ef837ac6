package io.commerceresolver.privacy;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.commerceresolver.security.ApiKeys;

/**
 * Takes the personal fields out of stored JSON and keeps the rest (amounts, order ids, outcomes, reasons): a
 * field named like a person's data is replaced by a hash of its value, so two records of one customer still match.
 */
public final class Scrubber {

    /**
     * Field names, lower-cased, that hold a person's data wherever they appear: every one the story masks, and the
     * objects and free texts that may hold any of it (an address, a message, what a ticket names).
     */
    static final Set<String> PERSONAL = Stream.of(PersonalDataMask.EMAILS, PersonalDataMask.PHONES, PersonalDataMask.REPLACED,
                    Set.of("address", "shippingaddress", "billingaddress", "newaddress", "message", "entities"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    public static final String PURGED = "[purged]";

    private Scrubber() {
    }

    public static String hash(String value) {
        return value == null ? null : "sha256:" + ApiKeys.sha256(value.strip().toLowerCase(Locale.ROOT)).substring(0, 32);
    }

    /** A JSON tree (maps, lists, values as Jackson reads them) with every personal field hashed, in place. */
    @SuppressWarnings("unchecked")
    public static Object scrub(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator(); entries.hasNext(); ) {
                Map.Entry<String, Object> entry = (Map.Entry<String, Object>) entries.next();
                if (PERSONAL.contains(entry.getKey().toLowerCase(Locale.ROOT).replace("_", ""))) {
                    // an object or list (an address, say) goes whole: null reads back as "none" into any typed record
                    entry.setValue(entry.getValue() instanceof String text ? hash(text) : null);
                } else {
                    scrub(entry.getValue());
                }
            }
        } else if (node instanceof Iterable<?> list) {
            list.forEach(Scrubber::scrub);
        }
        return node;
    }
}

package io.commerceresolver.console.inbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.commerceresolver.system.StoredJson;

/**
 * A record (a plan, a reading's entities) as label and value pairs a person reads, in the record's own order; empty
 * parts are left out, nested values are written as compact JSON.
 */
public final class Facts {

    /** One line of a definition list. */
    public record Fact(String label, String value) {
    }

    private final StoredJson json;

    public Facts(StoredJson json) {
        this.json = json;
    }

    /** Each value masked by its name as {@code seen} says (a customer's address, e-mail, phone, name). */
    public List<Fact> of(Object record, PersonalData seen) {
        List<Fact> facts = new ArrayList<>();
        if (record == null || !record.getClass().isRecord()) {
            return facts;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                // a plan's record may be nested in a class this package cannot see into
                component.getAccessor().trySetAccessible();
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                continue;
            }
            if (seen.masked() && value != null) {
                value = seen.field(component.getName(), plain(value) ? value : json.tree(value));
            }
            String shown = value(value);
            if (!shown.isEmpty()) {
                facts.add(new Fact(Shown.words(component.getName()), shown));
            }
        }
        return facts;
    }

    public String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> many && many.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Instant at) {
            return Shown.when(at);
        }
        if (plain(value)) {
            return value.toString();
        }
        return json.write(value);
    }

    private static boolean plain(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Instant;
    }
}

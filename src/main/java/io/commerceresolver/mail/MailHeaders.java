package io.commerceresolver.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A mail's header fields in their order, unfolded; names compare without case, as RFC 5322 has it. */
public record MailHeaders(List<Field> fields) {

    public record Field(String name, String value) {
    }

    public MailHeaders {
        fields = List.copyOf(fields);
    }

    public Optional<String> first(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Field::value).findFirst();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    /** The first value of the field, trimmed and lower-cased, or "" when the mail has no such field. */
    public String lowerValue(String name) {
        return first(name).map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
    }
}

package io.commerceresolver.notify.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * A mail to staff from a classpath Mustache template, written as customer messages are: the first line is the
 * subject, the rest the body; a variable the model lacks is an error, never a blank.
 */
public final class StaffMailTemplate {

    /** A rendered mail. */
    public record Rendered(String subject, String body) {
    }

    private final Template template;

    /** @param path the template on the classpath, e.g. {@code /messages/approval_link.en.mustache} */
    public StaffMailTemplate(String path) {
        try (InputStream source = StaffMailTemplate.class.getResourceAsStream(path)) {
            if (source == null) {
                throw new IllegalStateException("No message template " + path);
            }
            template = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true)
                    .compile(new String(source.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public Rendered render(Object model) {
        String text = template.execute(model);
        int endOfSubject = text.indexOf('\n');
        return new Rendered(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 1).strip() + "\n");
    }
}

package io.commerceresolver.playbook.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import io.commerceresolver.playbook.MessageModel;
import io.commerceresolver.playbook.MessageTemplates;
import io.commerceresolver.playbook.Tool;

/**
 * Messages from classpath:messages/NAME.LANGUAGE.mustache: the first line is the subject, the rest the body. A
 * language without its own template gets the English one. Templates are compiled once; a missing variable is an
 * error, so a template naming something the model does not have fails its test instead of mailing a blank.
 */
@Component
class MustacheMessageTemplates implements MessageTemplates {

    private static final String FALLBACK_LANGUAGE = "en";

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).nullValue("");
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    @Override
    public Tool.Message render(String template, String language, MessageModel model) {
        String text = compiled.computeIfAbsent(template + "." + language, key -> compile(template, language)).execute(model);
        int endOfSubject = text.indexOf('\n');
        if (endOfSubject < 0) {
            throw new IllegalStateException("Template '" + template + "' has a subject line but no body");
        }
        return new Tool.Message(template, text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 1).strip() + "\n");
    }

    private Template compile(String template, String language) {
        InputStream source = getClass().getResourceAsStream("/messages/" + template + "." + language + ".mustache");
        if (source == null && !FALLBACK_LANGUAGE.equals(language)) {
            return compile(template, FALLBACK_LANGUAGE);
        }
        if (source == null) {
            throw new IllegalStateException("No message template '" + template + "'");
        }
        try (source) {
            return compiler.compile(new String(source.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

package io.commerceresolver.approval.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import io.commerceresolver.approval.ApprovalLinks;

/**
 * The approval link's mail from classpath:messages/approval_link.en.mustache, as customer messages are written: the
 * first line is the subject, the rest the body; a variable the model lacks is an error, never a blank.
 */
class LinkMailTemplate implements ApprovalLinks.Messages {

    private static final String TEMPLATE = "/messages/approval_link.en.mustache";

    private final Template template;

    LinkMailTemplate() {
        try (InputStream source = getClass().getResourceAsStream(TEMPLATE)) {
            if (source == null) {
                throw new IllegalStateException("No message template " + TEMPLATE);
            }
            template = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).compile(new String(source.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public ApprovalLinks.Mail render(ApprovalLinks.LinkMail model) {
        String text = template.execute(model);
        int endOfSubject = text.indexOf('\n');
        return new ApprovalLinks.Mail(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 1).strip() + "\n");
    }
}

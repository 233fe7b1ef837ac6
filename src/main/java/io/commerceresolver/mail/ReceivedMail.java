package io.commerceresolver.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A mail as read from its MIME form, before anything was decided about it. {@code messageId}, {@code inReplyTo} and
 * {@code references} keep their angle brackets; {@code contentType} is the top-level base type in lower case and
 * {@code reportType} its report-type parameter (bounces are multipart/report; report-type=delivery-status).
 */
public record ReceivedMail(String messageId,
                           String inReplyTo,
                           List<String> references,
                           String fromAddress,
                           String returnPath,
                           String subject,
                           String text,
                           boolean textFromHtml,
                           List<MailAttachment> attachments,
                           String contentType,
                           String reportType,
                           MailHeaders headers) {

    public ReceivedMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** The message ids this mail answers, nearest first: a ticket that holds any of them is its thread. */
    public List<String> answers() {
        List<String> ids = new ArrayList<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            if (!ids.contains(references.get(i))) {
                ids.add(references.get(i));
            }
        }
        return ids;
    }
}

package io.commerceresolver.mail;

import java.util.List;

/**
 * A mail as it leaves: its Message-ID is fixed before the first try (so a retry is the same mail to the receiver),
 * and it answers the ticket's thread when the ticket came by mail. {@code loopMarker} is the value of the
 * {@link MailClassifier#LOOP_HEADER} it carries; {@code channelThreadId} the Gmail conversation it answers, if any.
 */
public record OutgoingMail(String messageId, String from, String to, String subject, String body, String inReplyTo,
                           List<String> references, String loopMarker, String channelThreadId) {

    public OutgoingMail {
        references = List.copyOf(references);
    }
}

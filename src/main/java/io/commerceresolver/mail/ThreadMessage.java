package io.commerceresolver.mail;

import java.time.Instant;
import java.util.List;

/**
 * One mail of a ticket's thread, kept with the ticket: what a customer wrote (IN) and what we sent (OUT). Its
 * Message-ID is how a later reply finds the ticket. {@code channelThreadId} is the mail service's own conversation id
 * (Gmail's threadId) when the mail came or went through one: a reply sent there names it to stay in the conversation.
 */
public record ThreadMessage(String tenantId,
                            String messageId,
                            String ticketId,
                            Direction direction,
                            String inReplyTo,
                            List<String> references,
                            String fromAddress,
                            String subject,
                            String text,
                            List<MailAttachment> attachments,
                            Instant createdAt,
                            String channelThreadId) {

    public enum Direction { IN, OUT }

    public ThreadMessage {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }
}

package io.commerceresolver.mail;

import java.util.List;
import java.util.Optional;

/** The mail kept with tickets, by Message-ID. */
public interface MailThreads {

    /** Keeps the message once per tenant and Message-ID; false when it was kept before. */
    boolean keepIfAbsent(ThreadMessage message);

    /** The ticket whose thread holds the first of these Message-IDs that any thread holds. */
    Optional<String> ticketHolding(String tenantId, List<String> messageIds);

    /** The ticket's mail, oldest first. */
    List<ThreadMessage> thread(String tenantId, String ticketId);
}

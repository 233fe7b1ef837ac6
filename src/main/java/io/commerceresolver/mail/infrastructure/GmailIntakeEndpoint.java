package io.commerceresolver.mail.infrastructure;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.ModifyMessageRequest;

import io.commerceresolver.mail.MailIntake;
import io.commerceresolver.mail.MailReceipt;
import io.commerceresolver.system.TenantScope;

/**
 * What a Gmail route (camel-routes/intake/gmail.yaml) calls on each tick: the unread mail of the inbox, each fetched
 * raw (RFC 822, as IMAP gives it) and handed to the same intake as IMAP mail, then marked read by removing its UNREAD
 * label, only once intake has committed. A crash or a failed Google call in between leaves it unread: the next poll
 * reads it again and intake, idempotent on the Message-ID, keeps it once. No transaction is open during a Google call.
 */
public class GmailIntakeEndpoint {

    /** Gmail's search syntax: what a person sees as new in the inbox (spam and trash are never "in:inbox"). */
    static final String UNREAD_IN_INBOX = "in:inbox is:unread";
    static final long PER_POLL = 50;
    /**
     * As the IMAP route: after three failed polls in a row, a tenant's Gmail is polled ten times less often until one
     * succeeds, or until its credentials change (an admin connected the account again).
     */
    static final int FAILURES_BEFORE_BACKOFF = 3;
    static final int BACKOFF_TICKS = 10;
    private static final Logger log = LoggerFactory.getLogger(GmailIntakeEndpoint.class);

    private final GmailClients clients;
    private final MailIntake intake;
    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    private record Failing(Gmail client, int ticks) {
    }

    public GmailIntakeEndpoint(GmailClients clients, MailIntake intake) {
        this.clients = clients;
        this.intake = intake;
    }

    public void poll(Exchange exchange) {
        String tenantId = exchange.getProperty("tenant", String.class);
        Gmail gmail = TenantScope.of(tenantId, () -> clients.forTenant(tenantId));
        Failing before = failing.get(tenantId);
        int failed = before != null && before.client() == gmail ? before.ticks() : 0;
        if (failed >= FAILURES_BEFORE_BACKOFF && (failed - FAILURES_BEFORE_BACKOFF) % BACKOFF_TICKS != 0) {
            failing.put(tenantId, new Failing(gmail, failed + 1));
            return;
        }
        if (TenantScope.of(tenantId, () -> pollAs(tenantId, gmail))) {
            failing.remove(tenantId);
        } else {
            failing.put(tenantId, new Failing(gmail, failed + 1));
        }
    }

    /** @return false when Google failed the poll */
    private boolean pollAs(String tenantId, Gmail gmail) {
        try {
            ListMessagesResponse unread = gmail.users().messages().list("me").setQ(UNREAD_IN_INBOX).setMaxResults(PER_POLL).execute();
            List<Message> listed = unread.getMessages() == null ? List.of() : unread.getMessages();
            for (Message each : listed) {
                Message mail = gmail.users().messages().get("me", each.getId()).setFormat("raw").execute();
                MailReceipt receipt = intake.receive(tenantId, mail.decodeRaw(), "gmail", mail.getThreadId());
                gmail.users().messages().modify("me", each.getId(), new ModifyMessageRequest().setRemoveLabelIds(List.of("UNREAD"))).execute();
                log.debug("Gmail mail for tenant {}: {} {}", tenantId, receipt.outcome(), receipt.ticketId());
            }
            return true;
        } catch (IOException failed) {
            // Google's trouble, not ours: what was not marked read is read again on the next poll
            log.warn("Gmail poll of tenant {} stopped: {}", tenantId, GmailFailure.of(failed).said());
            return false;
        }
    }
}

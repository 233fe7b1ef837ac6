package io.commerceresolver.console.inbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.ticket.TicketStatus;

/** The inbox's reading of the tenant's tickets, replies and decided approvals: bounded, paged, indexed queries only. */
public interface InboxTickets {

    /**
     * Which tickets a page lists. {@code statuses} empty: any; {@code assignee}: only theirs; {@code beforeAt} and
     * {@code beforeId}: only those after that ticket in newest-first order (the previous page's last one).
     */
    record Filter(String tenantId, Set<TicketStatus> statuses, String assignee, TicketSearch search, Instant beforeAt, String beforeId) {
        public Filter {
            statuses = Set.copyOf(statuses);
        }
    }

    /** One line of the list; {@code preview} is the beginning of the text. */
    record TicketLine(String id, Instant createdAt, TicketStatus status, String subject, String preview, String customerEmail,
                      String intent, String orderId, String assignee) {
    }

    /** A mail the run queued for the customer. */
    record ReplyMail(String id, String toAddress, String subject, String body, String status, Instant createdAt, Instant sentAt) {
    }

    /**
     * An approval waiting for a decision. {@code submittedBy}: who handed the ticket in; {@code assignee}: whom an
     * operator handed it to (V24), if anyone.
     */
    record PendingApproval(String id, int tier, String approverRole, String summary, String requestedBy, String submittedBy,
                           Instant requestedAt, Instant dueAt, Instant escalatedAt, String operation, BigDecimal amount, String currency,
                           String orderId, String assignee) {
    }

    /**
     * Only the approvals this person may decide: waiting for one of {@code roles}, not asked for by {@code name} and
     * not behind a ticket {@code principal} handed in (the four-eyes rules of ApprovalInbox.decide).
     */
    record Decider(Set<String> roles, String principal, String name) {
        public Decider {
            roles = Set.copyOf(roles);
        }
    }

    record DecidedApproval(String id, int tier, String approverRole, String summary, ApprovalOutcome outcome, String decidedBy,
                           String reason, Instant decidedAt, String operation, BigDecimal amount, String currency, String orderId) {
    }

    /**
     * Newest first, at most {@code limit}. A word search looks at no more than {@code wordScan} tickets of the filter,
     * newest first, for each page.
     */
    List<TicketLine> newest(Filter filter, int limit, int wordScan);

    /**
     * How many tickets each of {@code tabs} holds, counted up to {@code cap} (a tab at the cap has at least that many);
     * {@link TicketTab#MINE} only when {@code me} is given.
     */
    Map<TicketTab, Integer> counts(String tenantId, String me, Set<TicketTab> tabs, int cap);

    /**
     * The approvals waiting for a decision, oldest first, after the approval {@code after} (null: from the first), at
     * most {@code limit}; {@code decider}: only those they may decide (null: all).
     */
    List<PendingApproval> waiting(String tenantId, Decider decider, String after, int limit);

    /** How many approvals wait (for {@code decider}, when given), counted up to {@code cap}. */
    int waitingCount(String tenantId, Decider decider, int cap);

    /** What the run sent the customer, oldest first. */
    List<ReplyMail> replies(String tenantId, String runId);

    /** The approvals decided (or expired) last, newest first. */
    List<DecidedApproval> recentlyDecided(String tenantId, int limit);
}

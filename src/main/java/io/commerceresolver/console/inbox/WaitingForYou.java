package io.commerceresolver.console.inbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.commerceresolver.security.Caller;

/**
 * What waits for the signed-in person, as the console's front page counts it: the approvals they may decide, the
 * tickets they took over and the tickets waiting for a person, each as its list would show it. Every count is capped
 * ({@link TicketInbox#COUNT_CAP}) and read through an index, whatever the number of tickets.
 */
public class WaitingForYou {

    /** One count; {@code href} the list it counts. */
    public record Count(String id, String label, String count, boolean none, String href) {
    }

    private final InboxTickets inbox;

    public WaitingForYou(InboxTickets inbox) {
        this.inbox = inbox;
    }

    /**
     * {@code decidesApprovals}, {@code worksTickets}, {@code steersRuns}: what the person's roles let them do (the
     * console's rights); a count is shown only to whom it is work.
     */
    public List<Count> of(Caller me, boolean decidesApprovals, boolean worksTickets, boolean steersRuns) {
        List<Count> counts = new ArrayList<>();
        int cap = TicketInbox.COUNT_CAP;
        if (decidesApprovals) {
            int approvals = inbox.waitingCount(me.tenantId(), ApprovalDesk.decider(me), cap);
            counts.add(new Count("approvals-for-me", "Approvals you may decide", Shown.count(approvals, cap), approvals == 0,
                    "/console/approvals?for=me"));
        }
        Set<TicketTab> tabs = EnumSet.noneOf(TicketTab.class);
        if (worksTickets) {
            tabs.add(TicketTab.MINE);
        }
        if (worksTickets || steersRuns) {
            tabs.add(TicketTab.NEEDS_PERSON);
        }
        Map<TicketTab, Integer> tickets = inbox.counts(me.tenantId(), me.name(), tabs, cap);
        if (tickets.containsKey(TicketTab.MINE)) {
            counts.add(ticketCount("tickets-mine", "Tickets you took over, still open", tickets.get(TicketTab.MINE), TicketTab.MINE));
        }
        if (tickets.containsKey(TicketTab.NEEDS_PERSON)) {
            counts.add(ticketCount("tickets-need-person", "Tickets waiting for a person", tickets.get(TicketTab.NEEDS_PERSON),
                    TicketTab.NEEDS_PERSON));
        }
        return counts;
    }

    private static Count ticketCount(String id, String label, int count, TicketTab tab) {
        return new Count(id, label, Shown.count(count, TicketInbox.COUNT_CAP), count == 0, "/console/tickets?tab=" + tab.slug());
    }
}

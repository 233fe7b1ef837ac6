package io.commerceresolver.console.inbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.ticket.TicketStatus;

/** A tab of the ticket inbox: the statuses it lists ({@link #ALL}: any), and for {@link #MINE} only the person's own. */
public enum TicketTab {
    NEEDS_PERSON("needs-person", "Needs a person", EnumSet.of(TicketStatus.NEEDS_HUMAN)),
    MINE("mine", "Mine", EnumSet.of(TicketStatus.NEEDS_HUMAN)),
    WAITING_APPROVAL("waiting-approval", "Waiting for approval", EnumSet.of(TicketStatus.WAITING_APPROVAL)),
    IN_PROGRESS("in-progress", "In progress", EnumSet.of(TicketStatus.RECEIVED, TicketStatus.IN_PROGRESS)),
    RESOLVED("resolved", "Resolved", EnumSet.of(TicketStatus.RESOLVED)),
    DECLINED("declined", "Declined", EnumSet.of(TicketStatus.DECLINED)),
    FAILED("failed", "Failed", EnumSet.of(TicketStatus.FAILED)),
    SHADOWED("shadowed", "Shadowed", EnumSet.of(TicketStatus.SHADOWED)),
    ALL("all", "All", EnumSet.noneOf(TicketStatus.class));

    private final String slug;
    private final String label;
    private final Set<TicketStatus> statuses;

    TicketTab(String slug, String label, Set<TicketStatus> statuses) {
        this.slug = slug;
        this.label = label;
        this.statuses = statuses;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** Empty for {@link #ALL}. */
    public Set<TicketStatus> statuses() {
        return statuses;
    }

    public boolean onlyMine() {
        return this == MINE;
    }

    public static Optional<TicketTab> bySlug(String slug) {
        return Arrays.stream(values()).filter(tab -> tab.slug.equals(slug)).findFirst();
    }
}

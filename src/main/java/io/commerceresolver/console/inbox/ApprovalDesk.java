package io.commerceresolver.console.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalAssignments;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.approval.LinkedDecisions;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PriceChange;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.security.Caller;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.Tickets;

/**
 * The approval side of the inbox: what waits for a decision (oldest first, as the API lists it) and what was decided
 * last; one approval with what it would do and why the rules asked; and the decision, taken by {@link ApprovalInbox}
 * as the signed-in person, which alone says who may decide (this class only warns ahead of it).
 */
public class ApprovalDesk {

    public static final int PAGE = 25;
    public static final int RECENT = 15;
    static final int MAX_REASON = 2000;
    private static final Pattern APPROVAL_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

    private final ApprovalInbox approvals;
    private final ApprovalAssignments assignments;
    private final InboxTickets inbox;
    private final Decisions decisions;
    private final PlaybookRuns runs;
    private final Tickets tickets;
    private final Clock clock;
    private final LinkedDecisions links;
    private final ChangesetPreview changesets;

    public ApprovalDesk(ApprovalInbox approvals, ApprovalAssignments assignments, InboxTickets inbox, Decisions decisions, PlaybookRuns runs,
                        Tickets tickets, Clock clock, LinkedDecisions links, ChangesetPreview changesets) {
        this.links = links;
        this.changesets = changesets;
        this.approvals = approvals;
        this.assignments = assignments;
        this.inbox = inbox;
        this.decisions = decisions;
        this.runs = runs;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * When a waiting approval moves on: {@code label} "Moves up" (to the next tier) or, once it has, "Expires" (to a
     * person's hands); {@code in} how far off that is ("in 3 h 5 min", "overdue by 2 min").
     */
    public record Due(String label, String at, String in, boolean overdue) {
    }

    /**
     * {@code whom}: the role it waits for, in words; {@code assignee}: whom an operator handed it to, if anyone;
     * {@code caution}: why the service would refuse this person's decision, if it would (empty otherwise).
     */
    public record Waiting(String id, String summary, String operation, String amount, String orderId, int tier, String approverRole,
                          String whom, String assignee, String requestedAt, Due due, String caution) {
    }

    public record Decided(String id, String summary, String outcome, String badge, String decidedBy, String decidedAt, String reason) {
    }

    /**
     * {@code forMe}: only what the person may decide is listed; {@code allCount} and {@code mineCount} how many wait in
     * all and for them (counted up to {@link TicketInbox#COUNT_CAP}, written as the ticket tabs write theirs).
     */
    public record ListPage(boolean forMe, String allCount, String mineCount, List<Waiting> waiting, String next, boolean continued,
                           List<Decided> decided) {
    }

    /** {@code forWhom}: "me" for the approvals the person may decide, empty for all. */
    public ListPage list(Caller me, String forWhom, String after) {
        boolean forMe = forWhom != null && !forWhom.isBlank();
        if (forMe && !forWhom.equals("me")) {
            throw new BadRequest("for", "'for' is 'me' (the approvals you may decide) or left out (all of them)");
        }
        String from = after == null || after.isBlank() ? null : after;
        if (from != null && !APPROVAL_ID.matcher(from).matches()) {
            throw new BadRequest("after", "'after' must be the id of the approval that ended the previous page");
        }
        PersonalData seen = PersonalData.shownTo(me);
        InboxTickets.Decider decider = decider(me);
        Instant now = clock.instant();
        List<InboxTickets.PendingApproval> found = inbox.waiting(me.tenantId(), forMe ? decider : null, from, PAGE + 1);
        boolean more = found.size() > PAGE;
        List<InboxTickets.PendingApproval> page = more ? found.subList(0, PAGE) : found;
        List<Waiting> waiting = page.stream().map(a -> new Waiting(a.id(), seen.text(a.summary()),
                a.operation() == null ? "" : Shown.words(a.operation()), Shown.money(a.amount(), a.currency()), a.orderId(), a.tier(),
                a.approverRole(), WhoDecides.whom(a.approverRole()), a.assignee(), Shown.when(a.requestedAt()),
                due(now, a.dueAt(), a.escalatedAt()),
                WhoDecides.caution(me, a.tier(), a.approverRole(), a.submittedBy(), a.requestedBy()))).toList();
        List<Decided> decided = inbox.recentlyDecided(me.tenantId(), RECENT).stream()
                .map(d -> new Decided(d.id(), seen.text(d.summary()), Shown.words(d.outcome().name()), Shown.badge(d.outcome()),
                        d.decidedBy() == null ? "nobody (expired)" : d.decidedBy(), Shown.when(d.decidedAt()), seen.text(d.reason())))
                .toList();
        return new ListPage(forMe, Shown.count(inbox.waitingCount(me.tenantId(), null, TicketInbox.COUNT_CAP), TicketInbox.COUNT_CAP),
                Shown.count(inbox.waitingCount(me.tenantId(), decider, TicketInbox.COUNT_CAP), TicketInbox.COUNT_CAP), waiting,
                more ? page.get(page.size() - 1).id() : null, from != null, decided);
    }

    /** How many approvals wait for {@code me} to decide them, counted up to {@code cap}. */
    public int waitingFor(Caller me, int cap) {
        return inbox.waitingCount(me.tenantId(), decider(me), cap);
    }

    static InboxTickets.Decider decider(Caller me) {
        return new InboxTickets.Decider(WhoDecides.rolesOf(me), me.principal(), me.name());
    }

    static Due due(Instant now, Instant dueAt, Instant escalatedAt) {
        if (dueAt == null) {
            return new Due("Moves up", "", "", false);
        }
        boolean overdue = dueAt.isBefore(now);
        Duration left = Duration.between(now, dueAt).abs();
        return new Due(escalatedAt == null ? "Moves up" : "Expires", Shown.when(dueAt),
                overdue ? "overdue by " + Shown.span(left) : "in " + Shown.span(left), overdue);
    }

    public record PriceDiff(String sku, String before, String after, String change, String margin) {
    }

    public record OrderView(String id, String status, String customer, String total, String refunded, String placed, List<Facts.Fact> lines) {
    }

    /**
     * One approval as an approver reads it. {@code whom} is the role it waits for in words, {@code assignee} whom an
     * operator handed it to; {@code caution} is why this person's decision would be refused (empty when it would not);
     * {@code ticketStatus} where the ticket stands now.
     */
    public record Detail(String id, boolean pending, String outcome, String badge, int tier, String approverRole, String whom,
                         String assignee, String summary, String requestedBy, String submittedBy, String requestedAt, Due due,
                         String escalatedAt, String decidedBy,
                         String decidedAt, String reason, List<Facts.Fact> proposal, PriceDiff price, OrderView order,
                         TicketInbox.DecisionView decision, String ticketId, String ticketStatus, String ticketBadge, boolean ticketSettled,
                         String runStatus, String caution, ChangesetPreview.Diff changes) {
    }

    public Detail approval(Caller me, String approvalId) {
        Approval a = approvals.get(me.tenantId(), approvalId);
        String decisionId = a.proposal() == null ? null : a.proposal().decisionId();
        Decision decision = decisionId == null ? null : decisions.findById(me.tenantId(), decisionId).orElse(null);
        AgentRun run = runs.get(me.tenantId(), a.runId());
        Ticket ticket = tickets.findById(me.tenantId(), run.ticketId()).orElse(null);
        RunState state = run.state();
        PriceChange change = state == null || state.getAuthorisation() == null ? null : state.getAuthorisation().price();
        List<Facts.Fact> proposal = new ArrayList<>();
        if (!operation(a).isEmpty()) {
            proposal.add(new Facts.Fact("Operation", operation(a)));
        }
        if (!amount(a).isEmpty()) {
            proposal.add(new Facts.Fact("Amount", amount(a)));
        }
        if (orderId(a) != null) {
            proposal.add(new Facts.Fact("Order", orderId(a)));
        }
        proposal.add(new Facts.Fact("Playbook", run.playbook()));
        PersonalData seen = PersonalData.shownTo(me);
        proposal.add(new Facts.Fact("What the run works on", run.plan() == null ? "" : seen.text(run.plan().subject())));
        TicketStatus status = ticket == null ? null : ticket.status();
        boolean settled = status != null && status != TicketStatus.RECEIVED && status != TicketStatus.IN_PROGRESS
                && status != TicketStatus.WAITING_APPROVAL;
        boolean pending = a.outcome() == ApprovalOutcome.PENDING;
        return new Detail(a.id(), pending, Shown.words(a.outcome().name()), Shown.badge(a.outcome()), a.tier(), a.approverRole(),
                WhoDecides.whom(a.approverRole()), pending ? assignments.assignee(me.tenantId(), a.id()).orElse(null) : null,
                seen.text(a.summary()), seen.email(a.requestedBy()), a.submittedBy(), Shown.when(a.requestedAt()),
                due(clock.instant(), a.dueAt(), a.escalatedAt()), Shown.when(a.escalatedAt()), a.decidedBy(), Shown.when(a.decidedAt()),
                seen.text(a.reason()), proposal, price(change), order(state == null ? null : state.getOrder(), seen), TicketInbox.decision(decision),
                run.ticketId(), status == null ? "" : Shown.words(status.name()), status == null ? "info" : Shown.badge(status), settled,
                Shown.words(run.status().name()),
                pending ? WhoDecides.caution(me, a.tier(), a.approverRole(), a.submittedBy(), a.requestedBy()) : "",
                changesets.of(run).orElse(null));
    }

    /**
     * Decides as {@code me}: {@code decision} is "approve" or "reject", and a person says why. The inbox's own checks
     * (role, four eyes, decided once) refuse with their message.
     */
    public Detail decide(Caller me, String approvalId, String decision, String reason) {
        approvals.decide(me, approvalId, approves(decision, reason), reason.strip());
        return approval(me, approvalId);
    }

    /**
     * The approval a mailed link is for, as {@code me} reads it. Opening decides nothing and uses nothing up.
     *
     * @throws io.commerceresolver.approval.LinkRefused if the link may not be opened (recorded)
     */
    public Detail byLink(Caller me, String token) {
        return approval(me, links.open(me, token).id());
    }

    /** Decides through a mailed link, which is then used up; the same choice, reason and checks as {@link #decide}. */
    public Detail decideByLink(Caller me, String token, String decision, String reason) {
        boolean approve = approves(decision, reason);
        return approval(me, links.decide(me, token, approve, reason.strip()).id());
    }

    private static boolean approves(String decision, String reason) {
        String choice = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
        if (!choice.equals("approve") && !choice.equals("reject")) {
            throw new BadRequest("decision", "Choose approve or reject");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequest("reason", "Say why you " + choice + " it: the reason is kept with the decision");
        }
        if (reason.length() > MAX_REASON) {
            throw new BadRequest("reason", "The reason must be at most " + MAX_REASON + " characters");
        }
        return choice.equals("approve");
    }

    private static String operation(Approval a) {
        return a.proposal() == null || a.proposal().operation() == null ? "" : Shown.words(a.proposal().operation());
    }

    private static String amount(Approval a) {
        return a.proposal() == null ? "" : Shown.money(a.proposal().amount(), a.proposal().currency());
    }

    private static String orderId(Approval a) {
        return a.proposal() == null ? null : a.proposal().orderId();
    }

    private static PriceDiff price(PriceChange change) {
        if (change == null) {
            return null;
        }
        return new PriceDiff(change.sku(), Objects.toString(change.oldPrice(), "(new product)"), Objects.toString(change.newPrice(), ""),
                change.changePercent() == null ? "" : change.changePercent().toPlainString() + " %",
                change.marginPercent() == null ? "" : change.marginPercent().toPlainString() + " %");
    }

    private static OrderView order(Order order, PersonalData seen) {
        if (order == null) {
            return null;
        }
        List<Facts.Fact> lines = order.lines().stream()
                .map(line -> new Facts.Fact(line.sku(), line.quantity() + " \u00d7 " + Shown.money(line.unitPrice(), order.currency())))
                .toList();
        return new OrderView(order.id(), order.status() == null ? "" : Shown.words(order.status().name()),
                order.customerName() == null ? seen.email(order.customerEmail())
                        : seen.name(order.customerName()) + " <" + seen.email(order.customerEmail()) + ">",
                Shown.money(order.total(), order.currency()), Shown.money(order.refundedTotal(), order.currency()), Shown.when(order.placedAt()),
                lines);
    }
}

package io.commerceresolver.console.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.connector.Order;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PriceChange;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
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
    private final InboxTickets inbox;
    private final Decisions decisions;
    private final PlaybookRuns runs;
    private final Tickets tickets;

    public ApprovalDesk(ApprovalInbox approvals, InboxTickets inbox, Decisions decisions, PlaybookRuns runs, Tickets tickets) {
        this.approvals = approvals;
        this.inbox = inbox;
        this.decisions = decisions;
        this.runs = runs;
        this.tickets = tickets;
    }

    /** {@code caution}: why the service would refuse this person's decision, if it would (empty otherwise). */
    public record Waiting(String id, String summary, String operation, String amount, String orderId, int tier, String approverRole,
                          String requestedAt, String dueAt, String caution) {
    }

    public record Decided(String id, String summary, String outcome, String badge, String decidedBy, String decidedAt, String reason) {
    }

    public record ListPage(List<Waiting> waiting, String next, boolean continued, List<Decided> decided) {
    }

    public ListPage list(Caller me, String after) {
        String from = after == null || after.isBlank() ? null : after;
        if (from != null && !APPROVAL_ID.matcher(from).matches()) {
            throw new BadRequest("after", "'after' must be the id of the approval that ended the previous page");
        }
        List<Approval> found = approvals.withOutcome(me.tenantId(), ApprovalOutcome.PENDING, from, PAGE + 1);
        boolean more = found.size() > PAGE;
        List<Approval> page = more ? found.subList(0, PAGE) : found;
        List<Waiting> waiting = page.stream().map(a -> new Waiting(a.id(), a.summary(), operation(a), amount(a), orderId(a), a.tier(),
                a.approverRole(), Shown.when(a.requestedAt()), Shown.when(a.dueAt()), caution(me, a))).toList();
        List<Decided> decided = inbox.recentlyDecided(me.tenantId(), RECENT).stream()
                .map(d -> new Decided(d.id(), d.summary(), Shown.words(d.outcome().name()), Shown.badge(d.outcome()),
                        d.decidedBy() == null ? "nobody (expired)" : d.decidedBy(), Shown.when(d.decidedAt()), d.reason()))
                .toList();
        return new ListPage(waiting, more ? page.get(page.size() - 1).id() : null, from != null, decided);
    }

    public record PriceDiff(String sku, String before, String after, String change, String margin) {
    }

    public record OrderView(String id, String status, String customer, String total, String refunded, String placed, List<Facts.Fact> lines) {
    }

    /**
     * One approval as an approver reads it. {@code caution} is why this person's decision would be refused (empty when
     * it would not); {@code ticketStatus} where the ticket stands now.
     */
    public record Detail(String id, boolean pending, String outcome, String badge, int tier, String approverRole, String summary,
                         String requestedBy, String submittedBy, String requestedAt, String dueAt, String escalatedAt, String decidedBy,
                         String decidedAt, String reason, List<Facts.Fact> proposal, PriceDiff price, OrderView order,
                         TicketInbox.DecisionView decision, String ticketId, String ticketStatus, String ticketBadge, boolean ticketSettled,
                         String runStatus, String caution) {
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
        proposal.add(new Facts.Fact("What the run works on", run.plan() == null ? "" : run.plan().subject()));
        TicketStatus status = ticket == null ? null : ticket.status();
        boolean settled = status != null && status != TicketStatus.RECEIVED && status != TicketStatus.IN_PROGRESS
                && status != TicketStatus.WAITING_APPROVAL;
        return new Detail(a.id(), a.outcome() == ApprovalOutcome.PENDING, Shown.words(a.outcome().name()), Shown.badge(a.outcome()),
                a.tier(), a.approverRole(), a.summary(), a.requestedBy(), a.submittedBy(), Shown.when(a.requestedAt()), Shown.when(a.dueAt()),
                Shown.when(a.escalatedAt()), a.decidedBy(), Shown.when(a.decidedAt()), a.reason(), proposal, price(change),
                order(state == null ? null : state.getOrder()), TicketInbox.decision(decision), run.ticketId(),
                status == null ? "" : Shown.words(status.name()), status == null ? "info" : Shown.badge(status), settled,
                Shown.words(run.status().name()), a.outcome() == ApprovalOutcome.PENDING ? caution(me, a) : "");
    }

    /**
     * Decides as {@code me}: {@code decision} is "approve" or "reject", and a person says why. The inbox's own checks
     * (role, four eyes, decided once) refuse with their message.
     */
    public Detail decide(Caller me, String approvalId, String decision, String reason) {
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
        approvals.decide(me, approvalId, choice.equals("approve"), reason.strip());
        return approval(me, approvalId);
    }

    /** Why the inbox would refuse {@code me}'s decision, mirroring its checks so the page can say so before anyone clicks. */
    static String caution(Caller me, Approval a) {
        Set<String> roles = new TreeSet<>();
        me.roles().forEach(role -> roles.add(role.code()));
        if (me.has(Role.SENIOR_APPROVER)) {
            roles.add(Role.APPROVER.code());
        }
        if (!roles.contains(a.approverRole())) {
            return "This tier-" + a.tier() + " approval needs the role '" + a.approverRole() + "'.";
        }
        if (me.principal().equals(a.submittedBy())) {
            return "You handed in the ticket behind this approval: someone else must decide it.";
        }
        if (me.name().equalsIgnoreCase(a.requestedBy())) {
            return "You asked for this action: someone else must decide it.";
        }
        return "";
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

    private static OrderView order(Order order) {
        if (order == null) {
            return null;
        }
        List<Facts.Fact> lines = order.lines().stream()
                .map(line -> new Facts.Fact(line.sku(), line.quantity() + " \u00d7 " + Shown.money(line.unitPrice(), order.currency())))
                .toList();
        return new OrderView(order.id(), order.status() == null ? "" : Shown.words(order.status().name()),
                order.customerName() == null ? order.customerEmail() : order.customerName() + " <" + order.customerEmail() + ">",
                Shown.money(order.total(), order.currency()), Shown.money(order.refundedTotal(), order.currency()), Shown.when(order.placedAt()),
                lines);
    }
}

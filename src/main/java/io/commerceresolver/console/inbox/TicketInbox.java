package io.commerceresolver.console.inbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.Event;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;
import io.commerceresolver.ticket.Tickets;

/** The ticket side of the inbox: a tab of tickets, newest first, a page at a time; and one ticket's whole story. */
public class TicketInbox {

    public static final int PAGE = 25;
    /** How many of a tab's newest tickets a word search reads per page (see {@link TicketSearch}). */
    public static final int WORD_SCAN = 2000;
    public static final int COUNT_CAP = 1000;
    private static final Pattern TICKET_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

    private final InboxTickets inbox;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final StoredJson json;
    private final Facts facts;

    public TicketInbox(InboxTickets inbox, Tickets tickets, TicketQueries queries, StoredJson json) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.queries = queries;
        this.json = json;
        this.facts = new Facts(json);
    }

    public record Tab(String slug, String label, String count, boolean current) {
    }

    public record Line(String id, String received, String receivedIso, String status, String badge, String title, String customer,
                       String intent, String orderId, String assignee) {
    }

    /** {@code next}: the id to continue after, null on the last page; {@code searched}: what the search looked for. */
    public record ListPage(String tab, String tabLabel, List<Tab> tabs, String q, String searched, boolean wordSearch, List<Line> lines,
                           String next, boolean continued) {
    }

    public ListPage list(Caller me, String tabSlug, String q, String after) {
        TicketTab tab = tabSlug == null || tabSlug.isBlank() ? TicketTab.NEEDS_PERSON
                : TicketTab.bySlug(tabSlug).orElseThrow(() -> new BadRequest("tab", "There is no tab '" + tabSlug + "'"));
        TicketSearch search = TicketSearch.parse(q);
        PersonalData seen = PersonalData.shownTo(me);
        if (seen.masked() && search.kind() == TicketSearch.Kind.EMAIL) {
            // the results would be masked, but finding any would still tell a reader who may not know it that the
            // address belongs to a customer
            throw new Forbidden("Looking a customer up by e-mail address is for the roles whose work needs the customers' data: "
                    + Role.SEE_CUSTOMERS.stream().map(Role::code).sorted().toList());
        }
        String tenantId = me.tenantId();
        Ticket pivot = null;
        if (after != null && !after.isBlank()) {
            if (!TICKET_ID.matcher(after).matches()) {
                throw new BadRequest("after", "'after' must be the id of the ticket that ended the previous page");
            }
            pivot = tickets.findById(tenantId, after)
                    .orElseThrow(() -> new BadRequest("after", "The ticket this page continued from is gone; start again from the newest"));
        }
        InboxTickets.Filter filter = new InboxTickets.Filter(tenantId, tab.statuses(), tab.onlyMine() ? me.name() : null, search,
                pivot == null ? null : pivot.createdAt(), pivot == null ? null : pivot.id());
        List<InboxTickets.TicketLine> found = new ArrayList<>(inbox.newest(filter, PAGE + 1, WORD_SCAN));
        boolean more = found.size() > PAGE;
        List<InboxTickets.TicketLine> page = more ? found.subList(0, PAGE) : found;
        Map<TicketTab, Integer> counts = inbox.counts(tenantId, me.name(), EnumSet.allOf(TicketTab.class), COUNT_CAP);
        List<Tab> tabs = new ArrayList<>();
        for (TicketTab each : TicketTab.values()) {
            Integer count = counts.get(each);
            String shown = count == null ? "" : Shown.count(count, COUNT_CAP);
            tabs.add(new Tab(each.slug(), each.label(), shown, each == tab));
        }
        List<Line> lines = page.stream().map(line -> line(line, seen)).toList();
        return new ListPage(tab.slug(), tab.label(), tabs, search.text(), search.described(), search.kind() == TicketSearch.Kind.WORDS,
                lines, more ? page.get(page.size() - 1).id() : null, pivot != null);
    }

    private static Line line(InboxTickets.TicketLine t, PersonalData seen) {
        String title = t.subject() != null && !t.subject().isBlank() ? t.subject() : preview(t.preview());
        return new Line(t.id(), Shown.when(t.createdAt()), t.createdAt() == null ? "" : t.createdAt().toString(), Shown.words(t.status().name()),
                Shown.badge(t.status()), seen.text(title), seen.email(t.customerEmail()), Shown.words(t.intent()), t.orderId(), t.assignee());
    }

    private static String preview(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 89) + "\u2026";
    }

    public record Reading(String intent, String confidence, String reader, List<Facts.Fact> entities, List<String> notes) {
    }

    public record DecisionView(String id, String subject, String playbook, String tier, boolean allowed, String approval, List<String> reasons,
                               List<String> firedRules, String rulesVersion, String decidedAt) {
    }

    public record RunView(String id, String playbook, String status, String badge, List<Facts.Fact> plan, DecisionView decision,
                          String startedAt, String endedAt) {
    }

    public record ApprovalLink(String id, String outcome, String badge, String summary, String decidedBy, String reason) {
    }

    public record Moment(String at, String iso, String type, String step, String details) {
    }

    public record Reply(String to, String subject, String body, String status, String queuedAt, String sentAt) {
    }

    public record Detail(String id, TicketStatus statusCode, String status, String badge, String statusDetail, String assignee, String source,
                         String externalId, String customerEmail, String subject, String text, String language, String received,
                         String submittedBy, Reading reading, DecisionView decision, RunView run, ApprovalLink approval,
                         List<Moment> timeline, List<Reply> replies) {

        /** Whether a person may take it over or close it (the services check it again). */
        public boolean waitsForPerson() {
            return statusCode == TicketStatus.NEEDS_HUMAN;
        }
    }

    /** One ticket's story, the customer's data masked unless {@code me}'s work needs it ({@link PersonalData}). */
    public Detail ticket(Caller me, String ticketId) {
        String tenantId = me.tenantId();
        PersonalData seen = PersonalData.shownTo(me);
        TicketView view = queries.view(tenantId, ticketId);
        Ticket t = view.ticket();
        AgentRun run = view.run();
        List<Reply> replies = run == null ? List.of() : inbox.replies(tenantId, run.id()).stream()
                .map(mail -> new Reply(seen.email(mail.toAddress()), seen.text(mail.subject()), seen.text(mail.body()),
                        Shown.words(mail.status()), Shown.when(mail.createdAt()), Shown.when(mail.sentAt())))
                .toList();
        return new Detail(t.id(), t.status(), Shown.words(t.status().name()), Shown.badge(t.status()), seen.text(t.statusDetail()),
                t.assignee(), t.source(), t.externalId(), seen.email(t.customerEmail()), seen.text(t.subject()), seen.text(t.text()),
                t.language(), Shown.when(t.createdAt()), t.submittedBy(), reading(t.intent(), seen), decision(view.decision()),
                run(run, view.runDecision(), seen), approval(view.approval(), seen),
                view.events().stream().map(event -> moment(event, seen)).toList(), replies);
    }

    private Reading reading(ExtractedIntent read, PersonalData seen) {
        if (read == null) {
            return null;
        }
        return new Reading(Shown.words(read.intent().code()), Shown.percent(read.confidence()), read.extractor(),
                facts.of(read.entities(), seen), read.notes() == null ? List.of() : read.notes().stream().map(seen::text).toList());
    }

    static DecisionView decision(Decision d) {
        if (d == null) {
            return null;
        }
        String approval = !d.approvalRequired() ? "No approval needed"
                : "Needs " + (d.approverRole() == null ? "an approver" : "the role '" + d.approverRole() + "'");
        return new DecisionView(d.id(), d.subject(), d.playbook(), d.tier() + " " + d.tierName(), d.allowed(), approval, d.reasons(),
                d.firedRules(), d.rulesVersion(), Shown.when(d.ts()));
    }

    private RunView run(AgentRun run, Decision decision, PersonalData seen) {
        if (run == null) {
            return null;
        }
        String badge;
        switch (run.status()) {
            case COMPLETED:
                badge = "good";
                break;
            case WAITING_APPROVAL:
            case PARKED:
            case HANDED_OVER:
                badge = "warn";
                break;
            case FAILED:
            case DECLINED:
                badge = "bad";
                break;
            default:
                badge = "info";
        }
        return new RunView(run.id(), run.playbook(), Shown.words(run.status().name()), badge, facts.of(run.plan(), seen), decision(decision),
                Shown.when(run.startedAt()), Shown.when(run.endedAt()));
    }

    private static ApprovalLink approval(Approval a, PersonalData seen) {
        if (a == null) {
            return null;
        }
        return new ApprovalLink(a.id(), Shown.words(a.outcome().name()), Shown.badge(a.outcome()), seen.text(a.summary()), a.decidedBy(),
                seen.text(a.reason()));
    }

    private Moment moment(Event e, PersonalData seen) {
        String details = e.payload() == null || e.payload().isEmpty() ? "" : json.write(seen.tree(e.payload()));
        return new Moment(Shown.when(e.ts()), e.ts() == null ? "" : e.ts().toString(), Shown.words(e.type()), e.step(), details);
    }
}

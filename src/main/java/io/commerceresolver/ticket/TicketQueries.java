package io.commerceresolver.ticket;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.system.NotFound;

public class TicketQueries {

    private final Tickets tickets;
    private final Decisions decisions;
    private final PlaybookRuns runs;
    private final ApprovalInbox approvals;
    private final EventLog events;

    public TicketQueries(Tickets tickets, Decisions decisions, PlaybookRuns runs, ApprovalInbox approvals, EventLog events) {
        this.tickets = tickets;
        this.decisions = decisions;
        this.runs = runs;
        this.approvals = approvals;
        this.events = events;
    }

    public TicketView view(String tenantId, String ticketId) {
        Ticket ticket = tickets.findById(tenantId, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
        Decision triage = ticket.decisionId() == null ? null : decisions.findById(tenantId, ticket.decisionId()).orElse(null);
        AgentRun run = runs.forTicket(tenantId, ticketId).orElse(null);
        Decision runDecision = null;
        Approval approval = null;
        if (run != null) {
            var authorised = run.state().getAuthorisation();
            runDecision = authorised == null || authorised.decisionId() == null ? null
                    : decisions.findById(tenantId, authorised.decisionId()).orElse(null);
            approval = approvals.forRun(tenantId, run.id()).orElse(null);
        }
        return new TicketView(ticket, triage, run, runDecision, approval, events.story(tenantId, ticketId));
    }
}

package io.commerceresolver.console.inbox.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalAssignments;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.LinkedDecisions;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.console.inbox.ApprovalDesk;
import io.commerceresolver.console.inbox.ChangesetPreview;
import io.commerceresolver.console.inbox.InboxTickets;
import io.commerceresolver.console.inbox.TicketInbox;
import io.commerceresolver.console.inbox.WaitingForYou;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.Tickets;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    TicketInbox ticketInbox(InboxTickets inbox, Tickets tickets, TicketQueries queries, StoredJson json) {
        return new TicketInbox(inbox, tickets, queries, json);
    }

    @Bean
    ApprovalDesk approvalDesk(ApprovalInbox approvals, ApprovalAssignments assignments, InboxTickets inbox, Decisions decisions,
                              PlaybookRuns runs, Tickets tickets, Clock clock, LinkedDecisions links, Changesets changesets) {
        return new ApprovalDesk(approvals, assignments, inbox, decisions, runs, tickets, clock, links, new ChangesetPreview(changesets));
    }

    @Bean
    WaitingForYou waitingForYou(InboxTickets inbox) {
        return new WaitingForYou(inbox);
    }
}

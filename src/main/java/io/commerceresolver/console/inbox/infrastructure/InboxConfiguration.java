package io.commerceresolver.console.inbox.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.console.inbox.ApprovalDesk;
import io.commerceresolver.console.inbox.InboxTickets;
import io.commerceresolver.console.inbox.TicketInbox;
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
    ApprovalDesk approvalDesk(ApprovalInbox approvals, InboxTickets inbox, Decisions decisions, PlaybookRuns runs, Tickets tickets) {
        return new ApprovalDesk(approvals, inbox, decisions, runs, tickets);
    }
}

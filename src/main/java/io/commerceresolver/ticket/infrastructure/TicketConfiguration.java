package io.commerceresolver.ticket.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.TicketLanguage;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunActions;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.HelpdeskTickets;
import io.commerceresolver.ticket.TicketClosing;
import io.commerceresolver.ticket.TicketHandoffs;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketProcessing;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketReplays;
import io.commerceresolver.ticket.TicketStatusFollower;
import io.commerceresolver.ticket.TicketTakeover;
import io.commerceresolver.ticket.Tickets;
import io.commerceresolver.work.WorkQueue;

@Configuration(proxyBeanMethods = false)
class TicketConfiguration {

    @Bean
    TicketIntake ticketIntake(Tickets tickets, EventLog events, WorkQueue work, Transactions transactions, Clock clock) {
        return new TicketIntake(tickets, events, work, transactions, clock);
    }

    @Bean
    TicketProcessing ticketProcessing(Tickets tickets, IntentExtractor extractor, TicketLanguage languages, PolicyService policy,
                                      PlaybookRuns runs, EventLog events, TenantDirectory tenants, WorkQueue work,
                                      Transactions transactions) {
        return new TicketProcessing(tickets, extractor, languages, policy, runs, events, tenants, work, transactions);
    }

    @Bean
    HelpdeskTickets helpdeskTickets(Secrets secrets, TicketIntake intake, Clock clock) {
        return new HelpdeskTickets(secrets, intake, clock);
    }

    @Bean
    TicketClosing ticketClosing(Tickets tickets, EventLog events, Transactions transactions) {
        return new TicketClosing(tickets, events, transactions);
    }

    @Bean
    TicketTakeover ticketTakeover(Tickets tickets, EventLog events, AuditLog audit, Transactions transactions) {
        return new TicketTakeover(tickets, events, audit, transactions);
    }

    @Bean
    TicketHandoffs ticketHandoffs(Tickets tickets) {
        return new TicketHandoffs(tickets);
    }

    @Bean
    TicketStatusFollower ticketStatusFollower(Tickets tickets) {
        return new TicketStatusFollower(tickets);
    }

    @Bean
    TicketReplays ticketReplays(Tickets tickets, TicketIntake intake, TicketQueries queries, RunActions actions) {
        return new TicketReplays(tickets, intake, queries, actions);
    }

    @Bean
    TicketQueries ticketQueries(Tickets tickets, Decisions decisions, PlaybookRuns runs, ApprovalInbox approvals, EventLog events) {
        return new TicketQueries(tickets, decisions, runs, approvals, events);
    }
}

package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.notify.MailOutbox;
import io.commerceresolver.playbook.ApprovalDeadlines;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.HandoffTickets;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.MessageTemplates;
import io.commerceresolver.playbook.OrderLocks;
import io.commerceresolver.playbook.PlaybookChecks;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.PlaybookMetrics;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.PlaybookSettings;
import io.commerceresolver.playbook.PlaybookSteps;
import io.commerceresolver.playbook.Playbooks;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.playbook.RunObserver;
import io.commerceresolver.playbook.RunObservers;
import io.commerceresolver.playbook.RunActions;
import io.commerceresolver.playbook.RunPolicy;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.ToolCallJobs;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.ToolExecutor;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.user.UserDirectory;
import io.commerceresolver.work.WorkQueue;

@Configuration(proxyBeanMethods = false)
class PlaybookConfiguration {

    @Bean
    EventLog eventLog(Events events, Clock clock) {
        return new EventLog(events, clock);
    }

    @Bean
    Playbooks playbooks(List<PlaybookDeclaration<?>> declarations, ProcessEngine engine) {
        return new Playbooks(declarations, engine);
    }

    @Bean
    Tools tools() {
        return Tools.standard();
    }

    @Bean
    RunPolicy runPolicy(Playbooks playbooks, PolicyService policy, RefundLedger ledger, TenantDirectory tenants, EventLog events,
                        Clock clock) {
        return new RunPolicy(playbooks, policy, ledger, tenants, events, clock);
    }

    @Bean
    PlaybookRuns playbookRuns(Runs runs, Playbooks playbooks, ProcessEngine engine, EventLog events, List<RunObserver> observers,
                              PlaybookMetrics metrics, Clock clock, PlaybookSettings settings) {
        return new PlaybookRuns(runs, playbooks, engine, events, new RunObservers(observers), metrics, clock, settings);
    }

    @Bean
    ToolExecutor toolExecutor(Playbooks playbooks, Tools tools, ToolCalls calls, OrderLocks orderLocks, RunPolicy policy,
                              MessageTemplates templates, WorkQueue work, Runs runs, EventLog events, StoredJson json, Clock clock) {
        return new ToolExecutor(playbooks, tools, calls, orderLocks, policy, templates, work, runs, events, json, clock);
    }

    @Bean
    ToolCallJobs toolCallJobs(ToolCalls calls, Tools tools, CommerceConnector store, ConnectorCalls connectorCalls,
                              PlaybookRuns runs, ProcessEngine engine, WorkQueue work, EventLog events, StoredJson json,
                              Transactions transactions, PlaybookMetrics metrics, Clock clock) {
        return new ToolCallJobs(calls, tools, store, connectorCalls, runs, engine, work, events, json, transactions, metrics, clock);
    }

    @Bean
    PlaybookSteps playbookSteps(PlaybookRuns runs, Playbooks playbooks, ToolExecutor tools, RunPolicy policy, ApprovalInbox approvals,
                                EventLog events, PlaybookSettings settings, PlaybookMetrics metrics) {
        return new PlaybookSteps(runs, playbooks, tools, policy, approvals, events, settings, metrics);
    }

    @Bean
    PlaybookChecks playbookChecks(PlaybookRuns runs, RunPolicy policy, EventLog events) {
        return new PlaybookChecks(runs, policy, events);
    }

    @Bean
    RunActions runActions(ToolCalls calls, Tools tools, StoredJson json) {
        return new RunActions(calls, tools, json);
    }

    @Bean
    PlaybookSettings playbookSettings(TenantDirectory tenants, @Value("${resolver.approvals.deadline:PT24H}") Duration defaultDeadline) {
        return new PlaybookSettings(tenants, defaultDeadline);
    }

    @Bean
    HandOver handOver(PlaybookRuns runs, RunPolicy policy, HandoffTickets tickets, UserDirectory users, MailOutbox staffMail,
                      EventLog events, Decisions decisions) {
        return new HandOver(runs, policy, tickets, users, staffMail, events, decisions);
    }

    @Bean
    ApprovalDeadlines approvalDeadlines(PlaybookRuns runs, ApprovalInbox approvals, PlaybookSettings settings, UserDirectory users,
                                        MailOutbox staffMail, EventLog events, PlaybookMetrics metrics) {
        return new ApprovalDeadlines(runs, approvals, settings, users, staffMail, events, metrics);
    }
}

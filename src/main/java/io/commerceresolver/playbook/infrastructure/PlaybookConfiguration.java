package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.OrderStatusPlaybook;
import io.commerceresolver.playbook.OrderSteps;
import io.commerceresolver.playbook.Events;
import io.commerceresolver.playbook.PlaybookLauncher;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RefundPlaybook;
import io.commerceresolver.playbook.RunObserver;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.ToolExecutor;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;

@Configuration(proxyBeanMethods = false)
class PlaybookConfiguration {

    @Bean
    EventLog eventLog(Events events, Clock clock) {
        return new EventLog(events, clock);
    }

    @Bean
    ToolExecutor toolExecutor(ToolCalls calls, EventLog events, StoredJson json, Clock clock) {
        return new ToolExecutor(calls, events, json, clock);
    }

    @Bean
    PlaybookRuns playbookRuns(Runs runs, EventLog events, PlaybookLauncher launcher, RunObserver observer,
                              Transactions transactions, Clock clock) {
        return new PlaybookRuns(runs, events, launcher, observer, transactions, clock);
    }

    @Bean
    OrderSteps orderSteps(Runs runs, ToolExecutor tools, CommerceConnector connector, PolicyService policy, RefundLedger ledger,
                          TenantDirectory tenants, EventLog events, Clock clock) {
        return new OrderSteps(runs, tools, connector, policy, ledger, tenants, events, clock);
    }

    @Bean
    RefundPlaybook refundPlaybook(PlaybookRuns playbookRuns, OrderSteps orders, Runs runs, EventLog events, ToolExecutor tools,
                                  CommerceConnector connector, ApprovalInbox approvals) {
        return new RefundPlaybook(playbookRuns, orders, runs, events, tools, connector, approvals);
    }

    @Bean
    OrderStatusPlaybook orderStatusPlaybook(PlaybookRuns playbookRuns, OrderSteps orders, Runs runs, ToolExecutor tools,
                                            CommerceConnector connector) {
        return new OrderStatusPlaybook(playbookRuns, orders, runs, tools, connector);
    }
}

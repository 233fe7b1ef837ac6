package io.commerceresolver.console.monitor.infrastructure;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.console.monitor.Dashboard;
import io.commerceresolver.console.monitor.DashboardQueries;
import io.commerceresolver.console.monitor.MonitorQueries;
import io.commerceresolver.console.monitor.PlaybookDiagrams;
import io.commerceresolver.console.monitor.ProcessMonitor;
import io.commerceresolver.metrics.MetricsRecords;
import io.commerceresolver.metrics.MetricsSummaries;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunNodes;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.user.UserDirectory;

@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    @Bean
    PlaybookDiagrams playbookDiagrams(List<PlaybookDeclaration<?>> declarations) {
        return new ClasspathPlaybookDiagrams(declarations.stream().map(PlaybookDeclaration::name).toList(),
                MonitorConfiguration.class.getClassLoader());
    }

    @Bean
    ProcessMonitor processMonitor(MonitorQueries queries, PlaybookDiagrams diagrams, PlaybookRuns runs, ToolCalls calls, EventLog events,
                                  RunNodes nodes, ApprovalInbox approvals, ApprovalOperations approvalOperations, UserDirectory users,
                                  ObjectMapper json, Clock clock) {
        return new ProcessMonitor(queries, diagrams, runs, calls, events, nodes, approvals, approvalOperations, users, json, clock);
    }

    @Bean
    Dashboard dashboard(MetricsSummaries summaries, MetricsRecords records, DashboardQueries queries, Tools tools, Clock clock) {
        return new Dashboard(summaries, records, queries,
                tool -> tools.named(tool).map(found -> found.capability().key()).orElse(tool), clock);
    }
}

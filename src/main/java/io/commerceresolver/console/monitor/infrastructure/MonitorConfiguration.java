package io.commerceresolver.console.monitor.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.console.monitor.Dashboard;
import io.commerceresolver.console.monitor.DashboardQueries;
import io.commerceresolver.console.monitor.DashboardReads;
import io.commerceresolver.console.monitor.DashboardRecords;
import io.commerceresolver.console.monitor.MonitorQueries;
import io.commerceresolver.console.monitor.PlaybookDiagrams;
import io.commerceresolver.console.monitor.ProcessMonitor;
import io.commerceresolver.metrics.MetricsRecords;
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

    /**
     * The dashboard's records, kept {@code resolver.console.dashboard.fresh-for} (default 30 s) before they are read
     * again in the background, and at most {@code kept-for} (default 5 min) before a page waits for a new read; zero
     * reads the database for every page. All kept records hold at most 500,000 rows (about 45 MB), the least
     * recently read going first.
     */
    @Bean
    DashboardRecords dashboardRecords(DashboardQueries queries, MetricsRecords records, Clock clock,
                                      @Value("${resolver.console.dashboard.fresh-for:30s}") Duration freshFor,
                                      @Value("${resolver.console.dashboard.kept-for:5m}") Duration keptFor) {
        DashboardReads database = new DashboardReads(queries, records, clock);
        return freshFor.isZero() ? database : new DashboardSnapshots(database, freshFor, keptFor, 500_000);
    }

    @Bean
    Dashboard dashboard(DashboardRecords records, Tools tools) {
        return new Dashboard(records, tool -> tools.named(tool).map(found -> found.capability().key()).orElse(tool));
    }
}

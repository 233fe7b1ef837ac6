package io.commerceresolver.console.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.console.Browser;
import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.RunStatus;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.PlaybookTickets;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;

/**
 * Operations watches the playbooks: the counts by state, a completed run's diagram with the path it took, a waiting
 * run cancelled from the console, the dashboard; a viewer sees the same pages without any action and is refused one.
 */
@ConsoleBrowserTest
class ProcessMonitorBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketQueries ticketQueries;
    @Autowired
    PlaybookRuns runs;
    @Autowired
    ApprovalInbox approvals;
    @Autowired
    CommerceConnector store;

    private Browser browser;
    private TestStores.Store tenant;
    private AgentRun completed;
    private AgentRun waiting;

    @BeforeAll
    void setUp() {
        tenant = stores.newStore(Map.of());
        people.add(tenant, "olga", Role.OPERATIONS);
        people.add(tenant, "vera", Role.VIEWER);
        people.add(tenant, "alice", Role.APPROVER);
        PlaybookTickets tickets = new PlaybookTickets(intake, new Settling(ticketQueries), runs, approvals, store);
        completed = TenantScope.of(tenant.tenantId(), () -> tickets.runFor(tenant.tenantId(), "ann@example.com",
                "The mug in order #1001 arrived broken. Please refund $49.99."));
        waiting = TenantScope.of(tenant.tenantId(), () -> tickets.runFor(tenant.tenantId(), "ravi.kumar@example.in",
                "Order 1002 arrived damaged, please refund $250.00"));
        assertThat(completed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(waiting.status()).isEqualTo(RunStatus.WAITING_APPROVAL);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void operationsSeesTheCountsTheRunsPathCancelsAWaitingRunAndReadsTheDashboard() {
        // a viewer first: the same pages, no action, and an action posted anyway is refused
        browser.signIn(tenant.tenantId(), "vera", ConsolePeople.PASSWORD);
        browser.go("/console/processes/runs/" + waiting.id());
        assertThat(browser.text(By.id("run-state"))).isEqualTo("Waiting for approval");
        assertThat(browser.all(By.cssSelector("#cancel, #retry, #reassign"))).isEmpty();
        Number status = (Number) browser.script("const header = document.querySelector('meta[name=csrf-header]').content;"
                + "const token = document.querySelector('meta[name=csrf-token]').content;"
                + "const request = new XMLHttpRequest(); request.open('POST', '/console/processes/runs/" + waiting.id() + "/cancel', false);"
                + "request.setRequestHeader(header, token); request.send(); return request.status;");
        assertThat(status.intValue()).isEqualTo(403);
        browser.signOut();

        browser.signIn(tenant.tenantId(), "olga", ConsolePeople.PASSWORD);
        browser.go("/console/processes");
        assertThat(browser.find(By.cssSelector("#counts[hx-trigger='every 10s']")).getAttribute("hx-get")).contains("/console/processes/counts");
        assertThat(count("refund_order", "COMPLETED")).isEqualTo("1");
        assertThat(count("refund_order", "WAITING_APPROVAL")).isEqualTo("1");
        assertThat(count("cancel_order", "COMPLETED")).isEqualTo("0");
        assertThat(browser.all(By.cssSelector("table.runs tbody tr"))).hasSize(2);
        assertThat(browser.text(By.cssSelector("table.runs"))).contains("r***@example.in").doesNotContain("ravi.kumar");
        browser.assertAccessible().assertFitsPhone().photograph("processes");

        browser.go("/console/processes?playbook=refund_order&status=COMPLETED&order=1001");
        assertThat(browser.all(By.cssSelector("table.runs tbody tr"))).hasSize(1);
        browser.click(By.cssSelector("table.runs tbody tr a"));
        assertThat(browser.path()).isEqualTo("/console/processes/runs/" + completed.id());
        awaitDiagram();
        for (String node : new String[] {"start", "getOrder", "decide", "issueRefund", "notify", "endRefunded"}) {
            assertThat(marker(node)).as(node).contains("cr-done");
        }
        assertThat(browser.all(By.cssSelector(".djs-element.cr-current"))).isEmpty();
        assertThat(browser.all(By.cssSelector("#cancel, #retry"))).as("a completed run has no action").isEmpty();
        assertThat(browser.text(By.id("calls-title"))).isEqualTo("Store calls");
        assertThat(browser.text(By.cssSelector("main"))).contains("issue_refund").contains("get_order")
                .contains("A refund within the auto-refund limit");
        assertThat(browser.text(By.id("plan"))).contains("a***@example.com").doesNotContain("ann@example.com");
        assertThat(browser.find(By.cssSelector(".bjs-powered-by"))).as("bpmn.io's watermark stays").isNotNull();
        browser.assertAccessible().assertFitsPhone().photograph("run");

        browser.go("/console/processes/runs/" + waiting.id());
        awaitDiagram();
        assertThat(marker("authorise")).contains("cr-current");
        assertThat(marker("getOrder")).contains("cr-done");
        browser.type(By.name("reason"), "customer withdrew the request");
        browser.click(By.id("cancel"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("cancelled");
        assertThat(browser.text(By.id("run-state"))).isEqualTo("Cancelled");
        assertThat(browser.all(By.id("cancel"))).isEmpty();

        browser.go("/console/dashboard?period=24h");
        assertThat(browser.all(By.cssSelector("svg.bars[role=img]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.all(By.cssSelector("svg.bars rect"))).isNotEmpty();
        assertThat(browser.text(By.cssSelector("table.figures"))).contains("Runs");
        browser.assertAccessible().assertFitsPhone().photograph("dashboard");
    }

    private String count(String playbook, String state) {
        return browser.text(By.cssSelector("#counts tr[data-playbook='" + playbook + "'] td[data-state='" + state + "']"));
    }

    private void awaitDiagram() {
        browser.waitUntil(driver -> "true".equals(browser.find(By.id("diagram")).getAttribute("data-rendered")));
    }

    private String marker(String nodeId) {
        return browser.find(By.cssSelector(".djs-element[data-element-id='" + nodeId + "']")).getAttribute("class");
    }
}

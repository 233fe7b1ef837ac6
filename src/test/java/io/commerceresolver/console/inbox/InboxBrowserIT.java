package io.commerceresolver.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.commerceresolver.approval.ApprovalOutcome;
import io.commerceresolver.console.Browser;
import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.Settling;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.TicketQueries;
import io.commerceresolver.ticket.TicketStatus;
import io.commerceresolver.ticket.TicketView;

/**
 * The inbox as its people use it: an approver decides a refund waiting for them and watches the run finish; an agent
 * finds a ticket handed to a person, takes it over and closes it; whoever handed a ticket in is refused its approval;
 * a viewer reads, with the customer's data masked, and is refused every action. The front page counts what waits for
 * each of them.
 */
@ConsoleBrowserTest
class InboxBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    TicketIntake intake;
    @Autowired
    TicketQueries queries;

    private Browser browser;
    private TestStores.Store store;
    private TestStores.Store strict;

    @BeforeAll
    void openBrowser() {
        store = stores.newStore(Map.of());
        people.add(store, "lead", Role.APPROVER);
        // a store whose every refund needs an approver: carol both hands tickets in and approves
        strict = stores.newStore(Map.of("maxAutoRefund", "1"));
        people.add(strict, "carol", Role.AGENT, Role.APPROVER);
        people.add(strict, "vera", Role.VIEWER);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void signOut() {
        browser.go("/console");
        if (!browser.all(By.cssSelector("header .who form button")).isEmpty()) {
            browser.signOut();
        }
    }

    @Test
    void anApproverApprovesARefundWaitingForThemAndTheRunFinishes() {
        String ticketId = ticket(store, "ravi.kumar@example.in", "Order 1002 arrived damaged, please refund $250.00", "api-key:helpdesk");
        TicketView waiting = settled(store, ticketId);
        assertThat(waiting.ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
        String approvalId = waiting.approval().id();

        // the front page counts what waits for them and leads to it
        browser.signIn(store.tenantId(), "lead", ConsolePeople.PASSWORD).go("/console");
        assertThat(count("approvals-for-me")).isEqualTo("1");
        assertThat(count("tickets-mine")).isEqualTo("0");
        browser.assertAccessible().assertFitsPhone().photograph("home");
        browser.click(By.cssSelector("#approvals-for-me a"));
        assertThat(browser.text(By.cssSelector("nav.tabs a[aria-current='true']"))).startsWith("Waiting for me");
        assertThat(browser.text(By.cssSelector("#tab-for-me .count"))).isEqualTo("1");
        By link = By.cssSelector("a[href='/console/approvals/" + approvalId + "']");
        assertThat(browser.find(By.cssSelector("table.approvals")).getText()).contains("250.00 USD").contains("1002").contains("You may decide")
                .contains("An approver (tier 2)").containsPattern("Moves up in \\d+ (h|min)");
        browser.assertAccessible().assertFitsPhone().photograph("approvals");

        browser.click(link);
        assertThat(browser.text(By.tagName("h1"))).contains("ravi.kumar@example.in");
        assertThat(browser.text(By.id("waits-for"))).contains("Waits for an approver.").containsPattern("Moves up in \\d+")
                .contains("You may decide it.");
        assertThat(browser.text(By.cssSelector("main"))).contains("What would be done").contains("250.00 USD").contains("Issue refund")
                .contains("auto-refund limit").contains("Rules that fired");
        browser.assertAccessible().assertFitsPhone().photograph("approval");

        browser.type(By.id("reason"), "Damage confirmed on the photos").click(By.id("approve"));
        assertThat(browser.text(By.id("decided"))).contains("Approved").contains("user:lead").contains("Damage confirmed on the photos");
        browser.waitUntil(driver -> browser.text(By.id("progress-status")).equals("Resolved"));
        assertThat(browser.path()).as("htmx swapped the outcome into the page").isEqualTo("/console/approvals/" + approvalId);

        browser.go("/console/tickets/" + ticketId);
        assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Resolved");
        String page = browser.text(By.cssSelector("main"));
        assertThat(page).contains("What the customer wrote").contains("refund $250.00").contains("What the reader understood")
                .contains("refund_order").contains("Rules that fired").contains("The plan").contains("Approved")
                .contains("The reply sent").contains("ravi.kumar@example.in").contains("Timeline");
        assertThat(browser.all(By.cssSelector("article.reply"))).isNotEmpty();
        browser.assertAccessible().assertFitsPhone();

        browser.go("/console/approvals");
        assertThat(browser.text(By.cssSelector("main"))).contains("Decided lately").contains("Damage confirmed on the photos");

        // the process monitor shows the same run finished: the approval passed, the refund paid, the end reached
        browser.go("/console/processes/runs/" + waiting.run().id());
        browser.waitUntil(driver -> "true".equals(browser.find(By.id("diagram")).getAttribute("data-rendered")));
        assertThat(browser.text(By.id("run-state"))).isEqualTo("Completed");
        for (String node : new String[] {"authorise", "issueRefund", "endRefunded"}) {
            assertThat(browser.find(By.cssSelector(".djs-element[data-element-id='" + node + "']")).getAttribute("class")).as(node)
                    .contains("cr-done");
        }
        assertThat(browser.all(By.cssSelector(".djs-element.cr-current"))).as("nothing is still running").isEmpty();
    }

    @Test
    void anAgentFindsATicketHandedToAPersonTakesItOverAndClosesIt() {
        // handed over while the store has nobody to give it to; then its agent joins
        TestStores.Store desk = stores.newStore(Map.of());
        String ticketId = ticket(desk, "maria.garcia@example.com", "I want my money back for the broken mug", "api-key:helpdesk");
        assertThat(settled(desk, ticketId).ticket().status()).isEqualTo(TicketStatus.NEEDS_HUMAN);
        people.add(desk, "amy", Role.AGENT);

        browser.signIn(desk.tenantId(), "amy", ConsolePeople.PASSWORD).go("/console");
        assertThat(count("tickets-need-person")).isEqualTo("1");
        assertThat(count("tickets-mine")).isEqualTo("0");
        assertThat(browser.all(By.id("approvals-for-me"))).as("an agent decides no approval").isEmpty();
        browser.click(By.cssSelector("#tickets-need-person a"));
        assertThat(browser.text(By.cssSelector("nav.tabs a[aria-current='true']"))).contains("Needs a person");
        browser.type(By.id("q"), "maria.garcia@example.com").click(By.cssSelector("form[role=search] button"));
        By row = By.cssSelector("a[href='/console/tickets/" + ticketId + "']");
        assertThat(browser.find(row).getText()).contains("broken mug");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("tickets from maria.garcia@example.com");
        browser.assertAccessible().assertFitsPhone().photograph("tickets");

        browser.type(By.id("q"), "BROKEN mug").click(By.cssSelector("form[role=search] button"));
        assertThat(browser.all(row)).as("found by words of its text").hasSize(1);
        browser.go("/console/tickets?tab=all&q=%231002");
        assertThat(browser.all(row)).as("not about order 1002").isEmpty();

        browser.go("/console/tickets/" + ticketId);
        browser.click(By.id("take-over"));
        assertThat(browser.text(By.cssSelector("main .alert.good"))).isEqualTo("The ticket is yours now.");
        assertThat(browser.text(By.cssSelector("section.work"))).contains("You hold this ticket.");
        assertThat(browser.all(By.id("take-over"))).isEmpty();
        browser.assertAccessible().assertFitsPhone().photograph("ticket");
        browser.go("/console");
        assertThat(count("tickets-mine")).isEqualTo("1");
        browser.go("/console/tickets/" + ticketId);

        browser.type(By.id("note"), "Refunded by hand after a call with the customer").click(By.id("close-ticket"));
        assertThat(browser.text(By.cssSelector("main .alert.good"))).contains("closed: resolved");
        assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Resolved");
        assertThat(browser.text(By.cssSelector("ol.timeline"))).contains("Taken over").contains("Closed by person");
        assertThat(browser.all(By.cssSelector("section.work"))).isEmpty();
    }

    @Test
    void whoeverHandedTheTicketInIsRefusedItsApprovalAndTheRefusalIsShown() {
        String ticketId = ticket(strict, "ann@example.com", "Order 1001 arrived damaged, please refund $20.00", "user:carol");
        TicketView waiting = settled(strict, ticketId);
        assertThat(waiting.ticket().status()).isEqualTo(TicketStatus.WAITING_APPROVAL);
        String approvalId = waiting.approval().id();

        // not waiting for her: she handed it in; listed with all of them, with why not
        browser.signIn(strict.tenantId(), "carol", ConsolePeople.PASSWORD).go("/console/approvals?for=me");
        By link = By.cssSelector("a[href='/console/approvals/" + approvalId + "']");
        assertThat(browser.all(link)).isEmpty();
        browser.click(By.id("tab-all"));
        assertThat(browser.find(link).findElement(By.xpath("ancestor::tr")).getText()).contains("You handed in the ticket");
        browser.click(link);
        assertThat(browser.text(By.id("for-you"))).contains("You handed in the ticket");
        assertThat(browser.text(By.id("caution"))).contains("You handed in the ticket");
        browser.type(By.id("reason"), "Looks fine to me").click(By.id("approve"));

        assertThat(browser.text(By.id("refusal"))).contains("handed in the ticket behind this approval");
        assertThat(browser.path()).isEqualTo("/console/approvals/" + approvalId);
        assertThat(browser.find(By.id("approve")).isDisplayed()).as("the form is still there").isTrue();
        browser.assertAccessible().assertFitsPhone();

        // without script, the form's plain post comes back to the approval's page with the refusal
        assertThat(post("/console/approvals/" + approvalId + "/decision", "decision=approve&reason=Plain+post")).isEqualTo(403L);
        assertThat(browser.script("return window.lastResponse;")).asString().contains("handed in the ticket behind this approval")
                .contains("Why the rules ask a person");
        assertThat(settled(strict, ticketId).approval().outcome()).isEqualTo(ApprovalOutcome.PENDING);
    }

    @Test
    void aViewerReadsButSeesNoDecisionAndIsRefusedWhenPosting() {
        String ticketId = ticket(strict, "ravi.kumar@example.in", "Order 1002 arrived damaged, please refund $30.00", "api-key:helpdesk");
        TicketView waiting = settled(strict, ticketId);
        String approvalId = waiting.approval().id();

        browser.signIn(strict.tenantId(), "vera", ConsolePeople.PASSWORD).go("/console");
        assertThat(browser.all(By.id("waiting-heading"))).as("nothing is a viewer's to do").isEmpty();
        browser.go("/console/approvals/" + approvalId);
        assertThat(browser.all(By.id("approve"))).isEmpty();
        assertThat(browser.all(By.id("reject"))).isEmpty();
        assertThat(browser.text(By.id("no-decision"))).contains("your roles let you read them");
        assertThat(browser.text(By.id("for-you"))).contains("needs the role 'approver'");
        // the customer's data is not a viewer's to read: the address masked wherever it is written
        assertThat(browser.text(By.cssSelector("main"))).contains("r***@example.in").doesNotContain("ravi.kumar");
        browser.assertAccessible();
        browser.go("/console/tickets/" + ticketId);
        assertThat(browser.text(By.cssSelector("main"))).contains("r***@example.in").doesNotContain("ravi.kumar")
                .contains("please refund $30.00");
        browser.go("/console/tickets?tab=all");
        assertThat(browser.text(By.cssSelector("table.tickets"))).contains("r***@example.in").doesNotContain("ravi.kumar");
        // nor to look up: a match would say the address is a customer's, however masked
        browser.go("/console/tickets?tab=all&q=ravi.kumar%40example.in");
        assertThat(browser.text(By.cssSelector("main"))).contains("403").contains("customers' data");
        browser.go("/console/processes?customer=ravi.kumar%40example.in");
        assertThat(browser.text(By.cssSelector("main"))).contains("403").contains("customers' data");
        browser.go("/console/processes");
        assertThat(browser.all(By.name("customer"))).as("no customer filter for a viewer").isEmpty();

        assertThat(post("/console/approvals/" + approvalId + "/decision", "decision=approve&reason=why+not")).isEqualTo(403L);
        assertThat(post("/console/tickets/" + ticketId + "/take-over", "")).isEqualTo(403L);
        assertThat(post("/console/tickets/" + ticketId + "/resolution", "outcome=RESOLVED&note=done")).isEqualTo(403L);
        assertThat(settled(strict, ticketId).approval().outcome()).isEqualTo(ApprovalOutcome.PENDING);
    }

    /** A count on the front page, by its id. */
    private String count(String id) {
        return browser.text(By.cssSelector("#" + id + " .count"));
    }

    /** A form post from the page the browser shows, with its CSRF token, as a crafted request would be: the status. */
    private Object post(String path, String form) {
        return browser.script("var x = new XMLHttpRequest(); x.open('POST', arguments[0], false);"
                + "x.setRequestHeader(document.querySelector('meta[name=\"csrf-header\"]').content,"
                + " document.querySelector('meta[name=\"csrf-token\"]').content);"
                + "x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded'); x.send(arguments[1]);"
                + " window.lastResponse = x.responseText; return x.status;", path, form);
    }

    private String ticket(TestStores.Store where, String customer, String text, String submittedBy) {
        return TenantScope.of(where.tenantId(), () -> intake.accept(where.tenantId(), new NewTicket("email", null, customer, null, text), null,
                submittedBy).ticketId());
    }

    private TicketView settled(TestStores.Store where, String ticketId) {
        return new Settling(queries).settled(where.tenantId(), ticketId);
    }
}

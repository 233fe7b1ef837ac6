package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import io.commerceresolver.console.Browser;
import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.Job;
import io.commerceresolver.work.JobKind;

/**
 * An analyst in the rules workbench: reads the live rule set, raises the auto-refund limit in a candidate, sees which
 * recent decision it changes and which policy scenarios it breaks (publishing blocked), puts the limit back, rewords a
 * rule in the code editor, notes a review in a policy feature, saves a table from the DMN editor, and publishes; since
 * the candidate changed its own features it waits for a second analyst, who approves it. Then the policy manual.
 */
@ConsoleBrowserTest
class RulesWorkbenchBrowserIT {

    /** A refund of 120.00 on an order of 500.00: above the live limit of 100.00, under a raised one of 150.00. */
    private static final String REFUND = """
            {"operation": {"type": "issue_refund", "amount": 120.00, "currency": "USD", "affectedRecords": 1, "orderId": "1001",
                           "sku": null, "oldPrice": null, "newPrice": null, "cost": null},
             "actor":     {"id": "u-17", "role": "agent"},
             "order":     {"id": "1001", "total": 500.00, "refundedTotal": 0.00, "status": "delivered",
                           "deliveredDaysAgo": 5, "customerEmail": "ann@example.com"},
             "requester": {"email": "ann@example.com"},
             "history":   {"refundsLast24h": [], "refundsLast30d": 0},
             "context":   {"stress": 0.1, "sessionMinutes": 5, "voiceOptOut": false}}""";
    private static final Duration FEATURES_RUN = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Workbench workbench;
    @Autowired
    ManualChecks checks;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    Transactions transactions;

    private Browser browser;
    private TestStores.Store store;

    @BeforeAll
    void openBrowser() {
        store = stores.newStore(Map.of());
        people.add(store, "ana", Role.ANALYST);
        people.add(store, "ben", Role.ANALYST);
        people.add(store, "vera", Role.VIEWER);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", store.apiKey());
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/v1/decisions/evaluate", HttpMethod.POST, new HttpEntity<>(REFUND, headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystChecksACandidateAgainstThePolicyAndASecondAnalystPutsItLive() {
        browser.signIn(store.tenantId(), "ana", ConsolePeople.PASSWORD);

        // the tenant serves the shared rule set, which nobody checked for it; a run of it that failed on every attempt is
        // shown, not asked for again on every look, until the analyst asks for it
        String shared = ruleSets.activeVersion(store.tenantId());
        TenantScope.of(store.tenantId(), () -> transactions.inTransaction(() -> checks.giveUp(
                new Job("failed-run", store.tenantId(), JobKind.CHECK_FEATURES, shared, Instant.now(), 6), "IllegalStateException: the run broke")));
        browser.go("/console/manual");
        assertThat(browser.text(By.id("manual-status"))).contains("could not be run").contains(shared).contains("the run broke");
        assertThat(browser.all(By.cssSelector("#manual-body[hx-get]"))).as("nothing to wait for: no polling").isEmpty();
        // asked for, the manual runs it, and shows it once in
        browser.click(By.id("run-features"));
        assertThat(browser.text(By.id("manual-status"))).contains("Checking");
        assertThat(browser.all(By.cssSelector("#manual-body[hx-get]"))).as("waiting for the run: polling").isNotEmpty();
        browser.waitUntil(d -> browser.text(By.id("manual-status")).contains("scenarios pass"), FEATURES_RUN);
        assertThat(browser.all(By.cssSelector("#manual-body[hx-get]"))).as("done: no more polling").isEmpty();

        browser.go("/console/rules");
        String live = browser.text(By.id("live-version"));
        assertThat(live).hasSize(12);
        assertThat(browser.text(By.id("threshold-maxAutoRefund"))).contains("100.00").contains("[0, 10000]");
        assertThat(browser.text(By.id("tools-title"))).contains("Who may use which tool");
        assertThat(browser.text(By.cssSelector(".decision-table"))).contains("viewer").contains("A viewer only reads.");
        browser.assertAccessible().assertFitsPhone().photograph("rules");

        // a candidate with a higher auto-refund limit: one recent decision changes, and the policy manual breaks
        browser.click(By.cssSelector("form[action='/console/rules/candidate/start'] button"));
        browser.waitUntil(d -> browser.path().equals("/console/rules/candidate"));
        // meanwhile another analyst saves the candidate: the form, based on the revision before, is refused and says by whom
        TenantScope.of(store.tenantId(), () -> workbench.setThresholds(store.tenantId(), Map.of("maxAutoRefund", "100.00"),
                workbench.draft(store.tenantId()).orElseThrow().revision(), "user:ben"));
        browser.type(By.id("t-maxAutoRefund"), "150.00");
        browser.click(By.cssSelector("#threshold-form button[type=submit]"));
        browser.waitUntil(d -> !browser.all(By.id("stale")).isEmpty());
        assertThat(browser.text(By.id("stale"))).contains("user:ben").contains("UTC").contains("not saved");
        browser.click(By.linkText("Reload the candidate"));
        assertThat(browser.text(By.id("last-saved"))).contains("user:ben");
        setThreshold("150.00");
        browser.click(By.id("check"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("what-if")), FEATURES_RUN);
        assertThat(browser.text(By.id("changed-decisions"))).contains("issue_refund").contains("approval by approver")
                .contains("no approval").contains("auto-refund limit");
        assertThat(browser.text(By.id("features-summary"))).contains("cannot be published");
        assertThat(browser.text(By.id("failing-scenarios"))).containsPattern("features/policy/[a-z_]+\\.feature:\\d+");
        assertThat(browser.find(By.id("publish")).isEnabled()).as("publishing is blocked").isFalse();
        browser.assertAccessible().assertFitsPhone().photograph("rules-candidate");

        // the limit back, a rule reworded in the code editor, a review noted in a feature
        setThreshold("100.00");
        editFile("risk-tiers.drl", "window.ruleEditor.setValue(window.ruleEditor.getValue().replace("
                + "'A write changes data: tier 2 WRITE', 'A write changes data, so it is tier 2 WRITE'))");
        assertThat(browser.text(By.cssSelector("main .alert.good"))).contains("compiles");
        browser.assertAccessible().assertFitsPhone();
        editFile("refund_auto_approval.feature", "window.ruleEditor.setValue(window.ruleEditor.getValue() + '\\n# reviewed with finance\\n')");

        // a decision table saved from the DMN editor comes back as DMN 1.5 and compiles
        browser.go("/console/rules/candidate/dmn/tool-permissions.dmn");
        browser.waitUntil(d -> d.findElement(By.id("dmn-editor-standalone")).getAttribute("title").contains("tool-permissions"));
        browser.waitUntil(d -> d.findElement(By.id("dmn-save")).isEnabled() && browser.text(By.id("dmn-status")).contains("Ready"),
                Duration.ofSeconds(60));
        sleep(Duration.ofSeconds(6)); // the editor takes a few seconds to draw inside its frame
        browser.click(By.id("dmn-save"));
        browser.waitUntil(d -> !d.findElement(By.id("dmn-result")).getText().isBlank(), Duration.ofSeconds(60));
        assertThat(browser.text(By.id("dmn-result"))).contains("the candidate compiles");
        // a save from a revision someone has saved over since is refused with who and when
        assertThat(staleDmnSave(browser.path())).startsWith("409 ").contains("not saved").contains("user:ana");
        browser.assertAccessible().assertFitsPhone().photograph("rules-dmn");
        // the editor's page alone has the looser content security policy it needs
        assertThat(policyOf(browser.path())).contains("'sha256-62z/F2kUx+Z1hxgpOC24DzcORSL0foXjcv3fMP9Vr8U='");
        assertThat(policyOf("/console/rules/candidate")).startsWith("default-src 'self'; script-src 'self';").doesNotContain("sha256");

        browser.go("/console/rules/candidate");
        browser.click(By.id("check"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("what-if")), FEATURES_RUN);
        assertThat(browser.text(By.id("features-summary"))).doesNotContain("cannot");
        assertThat(browser.all(By.id("failing-scenarios"))).isEmpty();
        String candidate = browser.text(By.id("candidate-version"));
        browser.click(By.id("publish"));
        browser.waitUntil(d -> browser.path().startsWith("/console/rules") && !browser.path().contains("candidate"), FEATURES_RUN);
        assertThat(browser.text(By.cssSelector("main .alert.good"))).contains("waits for a second analyst");
        assertThat(browser.text(By.id("live-version"))).isEqualTo(live);
        assertThat(browser.text(By.cssSelector(".pending"))).contains(candidate).contains("Proposed by you");

        browser.signOut().signIn(store.tenantId(), "ben", ConsolePeople.PASSWORD);
        browser.go("/console/rules");
        browser.click(By.cssSelector("form[action='/console/rules/versions/" + candidate + "/approve'] button"));
        browser.waitUntil(d -> !browser.all(By.cssSelector("main .alert.good")).isEmpty(), FEATURES_RUN);
        assertThat(browser.text(By.cssSelector("main .alert.good"))).contains("is live").contains("user:ana");
        assertThat(browser.text(By.id("live-version"))).isEqualTo(candidate);

        browser.go("/console/rules/history");
        assertThat(browser.text(By.cssSelector("main"))).contains("rules/risk-tiers.drl").contains("so it is tier 2 WRITE");
        browser.assertAccessible().assertFitsPhone();

        browser.go("/console/manual");
        assertThat(browser.text(By.id("manual-status"))).contains(candidate).contains("scenarios pass");
        browser.assertAccessible().assertFitsPhone();
        browser.click(By.linkText("Automatic approval of refunds"));
        assertThat(browser.all(By.cssSelector(".scenario .badge.good"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector(".scenario .badge.bad"))).isEmpty();
        browser.assertAccessible().assertFitsPhone().photograph("manual");

        // a viewer reads the rules and the manual, and is offered nothing to change
        browser.signOut().signIn(store.tenantId(), "vera", ConsolePeople.PASSWORD);
        browser.go("/console/rules");
        assertThat(browser.text(By.id("live-version"))).isEqualTo(candidate);
        assertThat(browser.all(By.cssSelector("form[action='/console/rules/candidate/start']"))).isEmpty();
        assertThat(browser.all(By.cssSelector("form[action$='/restore']"))).isEmpty();
        browser.go("/console/rules/candidate");
        assertThat(browser.text(By.tagName("h1"))).contains("Forbidden");
        browser.go("/console/manual");
        assertThat(browser.all(By.id("run-features"))).isEmpty();
    }

    /** The Content-Security-Policy the console sends for a page, asked for from inside the signed-in browser. */
    private String policyOf(String path) {
        return (String) browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.getResponseHeader('Content-Security-Policy');", path);
    }

    /** The DMN editor's save, as its script sends it, but naming revision 0: the status and the answer. */
    private String staleDmnSave(String path) {
        return (String) browser.script("var x = new XMLHttpRequest(); x.open('POST', arguments[0] + '?revision=0', false);"
                + " x.setRequestHeader('Content-Type', 'application/xml');"
                + " x.setRequestHeader(document.querySelector('meta[name=\"csrf-header\"]').content,"
                + " document.querySelector('meta[name=\"csrf-token\"]').content);"
                + " x.send('<definitions/>'); return x.status + ' ' + x.responseText;", path);
    }

    private void setThreshold(String value) {
        browser.type(By.id("t-maxAutoRefund"), value);
        browser.click(By.cssSelector("#threshold-form button[type=submit]"));
        browser.waitUntil(d -> browser.text(By.cssSelector("main [role=status]")).contains("Thresholds saved"));
        assertThat(browser.find(By.id("t-maxAutoRefund")).getAttribute("value")).isEqualTo(value);
    }

    private void editFile(String name, String script) {
        browser.go("/console/rules/candidate/files/" + name);
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!window.ruleEditor;")));
        browser.script(script);
        browser.click(By.cssSelector("form.code-form button[type=submit]"));
        browser.waitUntil(d -> !browser.all(By.cssSelector("main .alert.good")).isEmpty());
        assertThat(browser.all(By.cssSelector("main .problems"))).isEmpty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.commerceresolver.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/** A person signs in to the console with the tenant's built-in user, finds their way by keyboard and signs out. */
@ConsoleBrowserTest
class ConsoleSignInBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    ConsolePeople people;

    private Browser browser;
    private TestStores.Store store;

    @BeforeAll
    void openBrowser() {
        store = stores.newStore(Map.of());
        people.add(store, "vera", Role.VIEWER);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPersonSignsInSeesTheSectionsAndSignsOut() {
        browser.go("/console");
        assertThat(browser.path()).startsWith("/console/sign-in");
        browser.assertAccessible().assertFitsPhone().photograph("sign-in");

        browser.signIn(store.tenantId(), "vera", "wrong horse battery");
        assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("not right");

        browser.signIn(store.tenantId().toUpperCase(), "vera", ConsolePeople.PASSWORD);
        assertThat(browser.path()).isEqualTo("/console");
        assertThat(browser.text(By.cssSelector("header .who"))).contains("vera").contains(store.tenantId()).contains("viewer");
        assertThat(browser.all(By.cssSelector("header nav a"))).extracting(element -> element.getText())
                .contains("Tickets", "Approvals", "Processes", "Rules");
        browser.assertAccessible().assertFitsPhone();

        browser.go("/console/no-such-page");
        assertThat(browser.text(By.tagName("h1"))).contains("Not Found");

        browser.go("/console").signOut();
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("signed out");
        browser.go("/console");
        assertThat(browser.path()).startsWith("/console/sign-in");
    }
}

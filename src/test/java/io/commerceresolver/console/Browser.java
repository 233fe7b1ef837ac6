package io.commerceresolver.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven over WebDriver, as a person at a desk would use the console: Debian's {@code chromium}
 * and {@code chromium-driver}, nothing downloaded. Each page it is asked to check is run through axe-core, and may be
 * photographed for {@code docs/console/} (with {@code -Dresolver.console.screenshots=docs}; otherwise into
 * {@code target/console-screenshots/}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("resolver.browser.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("resolver.browser.driver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("target/test-vendor/axe-core/axe.min.js");
    static final Dimension DESK = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;
    private final Path userData;

    private Browser(ChromeDriver driver, String base, Path userData) {
        this.driver = driver;
        this.base = base;
        this.userData = userData;
    }

    public static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The console's browser tests drive Debian's Chromium: apt-get install chromium chromium-driver"
                    + " (looked for " + CHROMIUM + " and " + DRIVER + ")");
        }
        try {
            Path userData = Files.createTempDirectory("console-browser");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + userData, "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESK);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, "http://localhost:" + port, userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String tenant, String username, String password) {
        go("/console/sign-in");
        type(By.id("tenant"), tenant);
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/console/sign-in") || !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector("header .who form button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/console/sign-in"));
        return this;
    }

    public Browser type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(By target) {
        waitUntil(ExpectedConditions.elementToBeClickable(target)).click();
        return this;
    }

    public WebElement find(By target) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(target));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    public String text(By target) {
        return find(target).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return url().substring(base.length());
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return waitUntil(condition, Duration.ofSeconds(20));
    }

    /** Polls {@code condition}; an element htmx swapped out between finding and reading it is looked for again. */
    public <T> T waitUntil(Function<? super WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The page has no serious or critical axe-core violation (WCAG 2.x A and AA rules and best practices). */
    public Browser assertAccessible() {
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched into " + AXE + " by the build (generate-test-resources)", e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));");
        assertThat(violations).as("serious or critical accessibility violations on %s", path()).isEmpty();
        return this;
    }

    /** A picture of the page as it is now, at desk width and (if asked) on a phone, for docs/console/. */
    public Browser photograph(String name) {
        return photograph(name, DESK);
    }

    public Browser photograph(String name, Dimension size) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(size);
        try {
            Path folder = Path.of("docs".equals(System.getProperty("resolver.console.screenshots")) ? "docs/console" : "target/console-screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
        return this;
    }

    /** Sets the window to a phone's width; the page must still be usable (no horizontal scrolling of the body). */
    public Browser assertFitsPhone() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(PHONE);
        try {
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow of %s at phone width", path()).isLessThanOrEqualTo(1);
        } finally {
            driver.manage().window().setSize(before);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}

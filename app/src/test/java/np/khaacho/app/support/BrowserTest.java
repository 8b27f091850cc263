package np.khaacho.app.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * against the running application. One browser for the test class; every test starts signed out
 * and leaves a screenshot of where it ended in {@code target/screenshots/}. Every page a test opened
 * must have run without a Content-Security-Policy violation (the browser's console says so).
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private static WebDriver shared;

    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    protected WebDriver browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        if (shared == null) {
            shared = startChromium();
        }
        browser = shared;
        browser.manage().window().setSize(new Dimension(1280, 900));
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("run");
        consoleMessages();
        open("/");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
    }

    @AfterEach
    void screenshot() {
        screenshot(testName);
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(consoleMessages()).as("Content-Security-Policy violations in the browser's console")
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    /** What the pages wrote to the browser's console since the last call (reading empties it). */
    protected List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }

    /** Debian's headless Chromium, as every browser test drives it. */
    public static WebDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Opens a page of the running application. */
    protected void open(String path) {
        browser.get(origin() + path);
    }

    /** Where the browser reaches the application (a test may put something between them). */
    protected String origin() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Signs in as the user with this phone without the code round trip (the login itself is tested on
     * its own): the session a verified code would leave, with a token from the application's issuer.
     */
    protected void signInAs(String phone) {
        var user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone));
        ObjectNode session = json.createObjectNode()
                .put("accessToken", tokens.issue(user.id(), user.role(), user.phone(), Channel.PORTAL))
                .put("userId", user.id()).put("role", user.role().name()).put("phone", user.phone());
        session.putNull("refreshToken");
        open("/assets/app.css");
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('khaacho.session', arguments[0]);",
                session.toString());
    }

    protected void phoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    protected WebElement waitFor(By locator) {
        return waitUntil(d -> {
            var found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected WebElement waitForText(By locator, String text) {
        return waitUntil(d -> d.findElements(locator).stream().filter(e -> e.getText().contains(text)).findFirst()
                .orElse(null));
    }

    /** Runs a script in the page; what it answers (a promise it answers is waited for). */
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Clicks the element once it is there, finding it again if the page drew it anew meanwhile. */
    protected void click(By locator) {
        waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                if (found.isEmpty() || !found.get(0).isDisplayed()) {
                    return false;
                }
                found.get(0).click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(condition);
    }

    /**
     * Types a date into a date field the way a person does: day, month and year in the order the
     * browser's locale shows them.
     */
    protected void typeDate(WebElement input, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language)"
                + ".formatToParts(new Date(2000, 10, 22)).map(function (p) { return p.type; })"
                + ".filter(function (t) { return t === 'day' || t === 'month' || t === 'year'; });");
        Map<String, String> parts = Map.of("day", String.format("%02d", date.getDayOfMonth()),
                "month", String.format("%02d", date.getMonthValue()), "year", String.valueOf(date.getYear()));
        for (String part : order) {
            input.sendKeys(parts.get(part));
        }
    }

    /** Types a message in the WhatsApp simulator's chat and sends it; returns once the simulator accepted it. */
    protected void say(String text) {
        WebElement input = waitFor(By.cssSelector("#text:enabled"));
        input.sendKeys(text);
        browser.findElement(By.id("send")).click();
        // the box empties once the message is accepted; a refusal leaves the text in it
        waitUntil(d -> d.findElement(By.id("text")).getDomProperty("value").isEmpty() ? true : null);
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

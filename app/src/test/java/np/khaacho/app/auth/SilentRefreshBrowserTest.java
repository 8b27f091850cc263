package np.khaacho.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page left open outlives its access token: the pages refresh it shortly before it expires, one
 * refresh at a time, so neither a 401 nor a second use of a refresh token (which would end the
 * session) ever happens. On an instance of its own whose access tokens live six seconds.
 */
class SilentRefreshBrowserTest {

    private static final String DATABASE = TestDatabase.NAME + "_refresh";
    private static final String BUYER = IntegrationTest.BUYER_KTM_PHONE;
    private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");

    private static ClusterNode node;
    private static WebDriver browser;

    @BeforeAll
    static void anInstanceWithShortLivedAccessTokens() throws Exception {
        TestDatabase.recreate(DATABASE);
        node = ClusterNode.start("short-tokens", DATABASE, "--khaacho.auth.access-token-ttl=PT6S",
                "--khaacho.simulator.enabled=true");
        browser = BrowserTest.startChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.close();
        }
        TestDatabase.drop(DATABASE);
    }

    @Test
    void aPageKeepsWorkingPastItsAccessTokensLifetimeInEveryTabWithoutEndingTheSession() throws Exception {
        JsonNode session = logIn();
        String family = node.jdbc.queryForObject("SELECT family_id::text FROM auth.refresh_tokens "
                + "WHERE token_hash = sha256(convert_to(?, 'UTF8'))", String.class, session.get("refreshToken").asText());
        open("/");
        script("Khaacho.saveSession(JSON.parse(arguments[0]));", session.toString());
        open("/buyer.html");
        waitFor(By.cssSelector("#buyer-page:not([hidden])"));
        String first = accessToken();

        // Idle past two lifetimes: the token is replaced before it runs out, without any request failing.
        String second = awaitAnotherToken(first);
        awaitAnotherToken(second);
        assertSessionIntact(family);
        assertThat(call("GET", "/v1/orders")).as("a request after the first token expired").isEqualTo("200");

        // Two tabs of the same session, their refreshes falling due at the same moment, for a few rounds.
        String pageTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        open("/buyer.html");
        waitFor(By.cssSelector("#buyer-page:not([hidden])"));
        String token = accessToken();
        for (int round = 0; round < 3; round++) {
            token = awaitAnotherToken(token);
        }
        assertSessionIntact(family);
        for (String tab : List.of(pageTab, browser.getWindowHandle())) {
            browser.switchTo().window(tab);
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/buyer.html");
            assertThat(call("GET", "/v1/orders")).isEqualTo("200");
        }

        // Several requests in one tab that all need a fresh token at once: one refresh serves them all.
        String used = accessToken();
        Object outcomes = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([Khaacho.refresh(arguments[0]), Khaacho.refresh(arguments[0]), Khaacho.refresh(arguments[0])])
                  .then(function (r) { done(r.join(',')); }, function (e) { done('error ' + e); });""", used);
        assertThat(outcomes).isEqualTo("true,true,true");
        assertThat(accessToken()).isNotEqualTo(used);
        assertSessionIntact(family);
        assertThat(call("GET", "/v1/orders")).isEqualTo("200");
    }

    /** The session's newest refresh token is live, and no token of it was revoked but by being replaced. */
    private static void assertSessionIntact(String family) {
        List<Map<String, Object>> tokens = node.jdbc.queryForList("""
                SELECT revoked_at IS NOT NULL AS revoked, replaced_by IS NOT NULL AS replaced
                FROM auth.refresh_tokens WHERE family_id = ?::uuid""", family);
        assertThat(tokens).hasSizeGreaterThan(1);
        assertThat(tokens).filteredOn(t -> Boolean.FALSE.equals(t.get("revoked"))).hasSize(1);
        assertThat(tokens).allSatisfy(t -> assertThat(t.get("revoked")).isEqualTo(t.get("replaced")));
    }

    private JsonNode logIn() throws Exception {
        Api anyone = node.anonymous();
        var requested = anyone.post("/v1/auth/login", Map.of("phone", BUYER));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        // No Twilio here: the code waits in the outbox, and the demo's simulator shows it as the phone would.
        var conversation = anyone.get("/v1/simulator/conversation?phone=" + BUYER.replace("+", "%2B"));
        List<String> codes = new ArrayList<>();
        for (JsonNode line : conversation.data()) {
            Matcher code = CODE.matcher(line.get("text").asText());
            if ("LOGIN_CODE".equals(line.get("kind").asText()) && code.find()) {
                codes.add(code.group(1));
            }
        }
        assertThat(codes).as(conversation.toString()).isNotEmpty();
        var verified = anyone.post("/v1/auth/verify-otp", Map.of("phone", BUYER, "otp", codes.get(codes.size() - 1)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.data();
    }

    private String awaitAnotherToken(String token) {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(d -> {
            String now = accessToken();
            return now != null && !now.equals(token) ? now : null;
        });
    }

    private String accessToken() {
        Object token = script("const s = JSON.parse(localStorage.getItem('khaacho.session')); return s && s.accessToken;");
        return token == null ? null : token.toString();
    }

    /** A request through the page's own client; answers the status it ended with. */
    private String call(String method, String path) {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Khaacho.api(arguments[0], arguments[1]).then(function () { done('200'); },
                  function (e) { done(String(e.status)); });""", method, path));
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                .until(d -> d.findElements(locator).isEmpty() ? null : true);
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + node.port() + path);
    }
}

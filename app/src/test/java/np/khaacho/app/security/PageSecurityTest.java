package np.khaacho.app.security;

import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages under their Content-Security-Policy (every browser test also checks the console for
 * violations), and the sign-in page's {@code next}: after signing in, only a place on this origin.
 */
class PageSecurityTest extends BrowserTest {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    @AfterEach
    void forgetLoginRequests() {
        // the sign-ins here must not slow down the tests that log in after this one
        jdbc.update("DELETE FROM auth.rate_limits WHERE bucket LIKE 'ip:%'");
    }

    @Test
    void everyPageRunsUnderThePolicy() {
        open("/");
        waitFor(By.id("phone"));
        open("/simulator.html");
        waitFor(By.id("contact"));
        for (String[] page : List.of(new String[] {ADMIN_PHONE, "/admin.html", "dashboard"},
                new String[] {AUDITOR_PHONE, "/auditor.html", "search"},
                new String[] {VENDOR_KTM_PHONE, "/vendor.html", "inbox-section"},
                new String[] {BUYER_KTM_PHONE, "/buyer.html", "credit"})) {
            signInAs(page[0]);
            open(page[1]);
            waitFor(By.id(page[2]));
            waitFor(By.id("logout"));
        }
        // a page for another role shows its refusal, built by script
        open("/admin.html");
        waitFor(By.id("not-allowed"));
    }

    @Test
    void swaggerUiRendersUnderItsOwnPolicy() {
        open("/swagger-ui.html");
        waitForText(By.cssSelector(".swagger-ui .title"), "OpenAPI");
        waitForText(By.cssSelector(".swagger-ui .opblock-tag"), "AI parsing");
    }

    @Test
    void aNextPlaceOnAnotherOriginIsIgnoredAfterSigningIn() {
        assertSignInLandsOn(VENDOR_LTP_PHONE, "//evil.example/steal", "/vendor.html");
        assertSignInLandsOn(BUYER_POKHARA_COD_PHONE, "/\\evil.example/steal", "/buyer.html");
        assertSignInLandsOn(ADMIN_PHONE, "javascript:alert(document.domain)", "/admin.html");
    }

    @Test
    void aNextPlaceOnThisOriginIsKeptWithItsQueryAndFragment() {
        String landed = signIn(AUDITOR_PHONE, "/auditor.html?from=mail#order=nothing-yet");
        URI uri = URI.create(landed);
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPath()).isEqualTo("/auditor.html");
        assertThat(uri.getQuery()).isEqualTo("from=mail");
        assertThat(uri.getFragment()).isEqualTo("order=nothing-yet");
    }

    private void assertSignInLandsOn(String phone, String next, String home) {
        URI landed = URI.create(signIn(phone, next));
        assertThat(landed.getHost()).as("after next=" + next).isEqualTo("127.0.0.1");
        assertThat(landed.getPort()).isEqualTo(port);
        assertThat(landed.getPath()).as("after next=" + next).isEqualTo(home);
    }

    /** Signs in on the start page with the code WhatsApp brought; the address the page then went to. */
    private String signIn(String phone, String next) {
        ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
        open("/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        String startPage = browser.getCurrentUrl();
        Instant asked = Instant.now();
        waitFor(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        waitFor(By.id("otp")).sendKeys(codeSentTo(phone, asked));
        browser.findElement(By.id("verify")).click();
        return waitUntil(d -> {
            String url = d.getCurrentUrl();
            return url.equals(startPage) || Objects.equals(url, "about:blank") ? null : url;
        });
    }

    /** The login code as the phone received it (Twilio's stand-in got the message). */
    private static String codeSentTo(String phone, Instant after) {
        return Eventually.waitFor("the login code sent to " + phone, () -> TWILIO.requestsTo(phone).stream()
                .filter(request -> !request.receivedAt().isBefore(after))
                .map(request -> Objects.toString(request.body(), "") + " " + Objects.toString(request.contentVariables(), ""))
                .map(CODE::matcher).filter(Matcher::find).map(matcher -> matcher.group(1))
                .reduce((first, last) -> last).orElse(null));
    }
}

package np.khaacho.app.whatsapp;

import np.khaacho.app.support.BrowserTest;
import np.khaacho.saga.whatsapp.TwilioRelay;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp simulator in the browser: a buyer orders by chat and sees the summary and the order
 * placed; a vendor signs in on the start page with the login code the simulator shows.
 */
class SimulatorPageTest extends BrowserTest {

    private static final Pattern ORDER_NUMBER = Pattern.compile("\\((KH-\\d{6})\\)");

    @Autowired
    private TwilioRelay relay;

    @Test
    void aBuyerChatsAnOrderSeesTheSummaryConfirmsAndSeesItPlaced() {
        phoneScreen();
        open("/simulator.html");
        Select contact = new Select(waitFor(By.cssSelector("#contact:enabled")));
        assertThat(contact.getFirstSelectedOption().getAttribute("data-role")).as("a demo buyer by default")
                .isEqualTo("BUYER");
        contact.selectByValue(BUYER_KTM_PHONE);
        waitForText(By.id("contact-line"), BUYER_KTM_PHONE);

        say("3 bora jeera masino");
        String sid = bubble("li.msg.in", "3 bora jeera masino").id().substring("in:".length());
        assertThat(sid).matches("SM[0-9a-f]{32}");
        Bubble summary = bubble("li.msg.out[data-reply-to='" + sid + "']", "7,050.00");
        assertThat(summary.text()).contains("जीरा मसिनो").contains("YES");
        Matcher number = ORDER_NUMBER.matcher(summary.text());
        assertThat(number.find()).as(summary.text()).isTrue();
        waitFor(By.cssSelector("li.msg.in[data-id='in:" + sid + "'][data-status='DONE'] .ticks.read"));
        screenshot("SimulatorPageTest-summary");

        say("yes");
        Bubble placed = bubble("li.msg.out[data-kind='ORDER_PLACED']", number.group(1));
        assertThat(placed.text()).startsWithIgnoringCase("order placed");
        List<String> order = ((List<?>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#chat li.msg')).map(m => m.dataset.id);"))
                .stream().map(String::valueOf).toList();
        assertThat(order.indexOf(placed.id())).as("newest at the bottom")
                .isGreaterThan(order.indexOf(summary.id()));
    }

    @Test
    void aVendorSignsInOnTheStartPageWithTheCodeTheSimulatorShows() {
        // An earlier test may have used up this address's login requests for the window.
        jdbc.update("DELETE FROM auth.rate_limits WHERE bucket LIKE 'ip:%'");
        // The demo of the README runs without Twilio: nobody sends the code, and the simulator shows it
        // while it waits (once sent, the code is wiped and the simulator too shows its placeholder).
        relay.stop();
        phoneScreen();
        open("/?next=/simulator.html");
        String startPage = browser.getWindowHandle();
        waitFor(By.id("phone")).sendKeys(VENDOR_PKR_PHONE);
        browser.findElement(By.id("send-code")).click();
        waitFor(By.id("otp"));

        browser.switchTo().newWindow(WindowType.TAB);
        browser.manage().window().setSize(new Dimension(1280, 900));
        try {
            open("/simulator.html?phone=" + VENDOR_PKR_PHONE.replace("+", "%2B"));
            waitForText(By.id("contact-line"), VENDOR_PKR_PHONE);
            // the newest code is the last one shown: it was queued before the start page showed its code field
            String code = waitUntil(d -> {
                try {
                    List<WebElement> codes = d.findElements(By.cssSelector("li.msg.out[data-kind='LOGIN_CODE'] .code"));
                    return codes.isEmpty() ? null : codes.get(codes.size() - 1).getAttribute("data-code");
                } catch (StaleElementReferenceException redrawn) {
                    return null;
                }
            });
            assertThat(code).matches("\\d{6}");
            screenshot("SimulatorPageTest-login-code");
            browser.close();
            browser.switchTo().window(startPage);

            phoneScreen();
            browser.findElement(By.id("otp")).sendKeys(code);
            screenshot("SimulatorPageTest-sign-in-code");
            browser.findElement(By.id("verify")).click();
            waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/simulator.html") ? true : null);
            Object role = ((JavascriptExecutor) browser).executeScript(
                    "return JSON.parse(localStorage.getItem('khaacho.session')).role;");
            assertThat(role).isEqualTo("VENDOR");
        } finally {
            relay.start();
            if (browser.getWindowHandles().size() > 1) {
                browser.close();
                browser.switchTo().window(startPage);
            }
        }
    }

    /**
     * The first message matching the selector that shows the text, read at once: a message is redrawn
     * when its status changes, which leaves an element found earlier stale.
     */
    private Bubble bubble(String selector, String text) {
        return waitUntil(d -> {
            try {
                for (WebElement found : d.findElements(By.cssSelector(selector))) {
                    if (found.getText().contains(text)) {
                        return new Bubble(found.getAttribute("data-id"), found.getText());
                    }
                }
                return null;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** A chat message as it was shown. */
    private record Bubble(String id, String text) {
    }
}

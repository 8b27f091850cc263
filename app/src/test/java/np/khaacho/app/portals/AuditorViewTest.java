package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.PortalOrders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor view in a real browser, on one order driven through confirmation and dispatch over the
 * API: finding it, its events with who and which channel, the order as it was at a chosen instant,
 * and the download of its events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorViewTest extends BrowserTest {

    private static final List<String> LIFE = List.of("OrderPlaced", "OrderAwaitingVendor", "OrderConfirmed",
            "OrderDispatched");

    private String orderId;
    private String orderNumber;
    private JsonNode events;

    @BeforeAll
    void driveAnOrderToDispatch() {
        orderId = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        orderNumber = PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), orderId, "AWAITING_VENDOR")
                .get("orderNumber").asText();
        PortalOrders.confirm(as(VENDOR_KTM_PHONE), orderId);
        PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), orderId, "CONFIRMED");
        PortalOrders.dispatch(as(VENDOR_KTM_PHONE), orderId);
        PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), orderId, "DISPATCHED");
        events = as(AUDITOR_PHONE).get("/v1/audit/orders/" + orderId + "/events").data().get("events");
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactlyElementsOf(LIFE);
    }

    @Test
    void findsTheOrderAndShowsWhoDidWhatThroughWhichChannel() {
        signInAs(AUDITOR_PHONE);
        open("/auditor.html");
        WebElement search = waitFor(By.id("search-q"));
        search.sendKeys(orderNumber.toLowerCase());
        browser.findElement(By.id("search-button")).click();

        waitForText(By.id("audit-number"), orderNumber);
        waitUntil(d -> d.findElements(By.cssSelector("#events li")).size() == LIFE.size());
        assertThat(browser.getCurrentUrl()).endsWith("#order=" + orderId);
        assertThat(browser.findElement(By.id("status-now")).getText()).isEqualTo("dispatched");
        assertThat(browser.findElement(By.cssSelector("#search-results li[data-order-id='" + orderId + "']"))
                .getText()).contains("Shrestha Kirana Pasal").contains("Annapurna Khadya Bhandar");

        assertEvent("OrderPlaced", "Shrestha Kirana Pasal (buyer)", "API", 0);
        assertEvent("OrderAwaitingVendor", "Khaacho (system), reacting to the buyer", "system", 1);
        assertEvent("OrderConfirmed", "Annapurna Khadya Bhandar (vendor)", "API", 2);
        assertEvent("OrderDispatched", "Annapurna Khadya Bhandar (vendor)", "API", 3);

        browser.findElement(By.cssSelector("#related summary")).click();
        waitForText(By.id("related-events"), "Credit reserved");
        assertThat(browser.findElement(By.id("related-events")).getText()).contains("Stock reserved");
    }

    @Test
    void showsTheOrderAsItWasAtAnInstantBetweenTwoEvents() {
        Instant confirmed = Instant.parse(events.get(2).get("timestamp").asText());
        Instant dispatched = Instant.parse(events.get(3).get("timestamp").asText());
        // the middle of the two, to the millisecond the input takes, and never before the confirmation
        Instant between = confirmed.plus(Duration.between(confirmed, dispatched).dividedBy(2));
        Instant typed = between.truncatedTo(ChronoUnit.MILLIS);
        if (typed.isBefore(confirmed)) {
            typed = typed.plusMillis(1);
        }
        assertThat(typed).isBefore(dispatched);

        signInAs(AUDITOR_PHONE);
        open("/auditor.html#order=" + orderId);
        waitForText(By.cssSelector("#state-of"), "dispatched");
        assertThat(browser.findElement(By.id("state-of")).getAttribute("data-status")).isEqualTo("DISPATCHED");

        ZoneId browserZone = ZoneId.of((String) ((JavascriptExecutor) browser)
                .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"));
        LocalDateTime local = LocalDateTime.ofInstant(typed, browserZone);
        WebElement asOf = browser.findElement(By.id("as-of"));
        typeInto(asOf, local);
        // the field may drop trailing zeros of the milliseconds ("…39.37" for 39.370): compare the instants
        assertThat(LocalDateTime.parse(asOf.getDomProperty("value"))).isEqualTo(local);
        browser.findElement(By.id("show-state")).click();

        WebElement state = waitFor(By.cssSelector("#state-of[data-status='CONFIRMED']"));
        assertThat(state.getAttribute("data-last-sequence")).isEqualTo("2");
        assertThat(Instant.parse(state.getAttribute("data-as-of"))).isEqualTo(typed);
        assertThat(browser.findElement(By.id("state-status")).getText()).isEqualTo("confirmed");
        assertThat(browser.findElement(By.cssSelector("#events li[data-type='OrderConfirmed']"))
                .getAttribute("class")).contains("included");
        assertThat(browser.findElement(By.cssSelector("#events li[data-type='OrderDispatched']"))
                .getAttribute("class")).contains("later");
        assertThat(browser.findElement(By.id("status-now")).getText()).isEqualTo("dispatched");

        // an event picked in the timeline: the order right after the saga handed it to the vendor
        browser.findElement(By.cssSelector("#events li[data-type='OrderAwaitingVendor'] .type")).click();
        WebElement awaiting = waitFor(By.cssSelector("#state-of[data-status='AWAITING_VENDOR']"));
        assertThat(awaiting.getAttribute("data-last-sequence")).isEqualTo("1");
        assertThat(awaiting.getText()).contains("Jeera Masino Rice 25 kg").contains("Vendor to answer by");
        assertThat(browser.findElement(By.cssSelector("#events li[data-type='OrderAwaitingVendor']"))
                .getAttribute("class")).contains("chosen");

        browser.findElement(By.id("state-now")).click();
        waitFor(By.cssSelector("#state-of[data-status='DISPATCHED']"));
    }

    @Test
    void downloadsTheOrdersEventsAsJsonLinesAndCsv() throws Exception {
        signInAs(ADMIN_PHONE);
        open("/auditor.html#order=" + orderId);
        waitUntil(d -> d.findElements(By.cssSelector("#events li")).size() == LIFE.size());
        keepDownloads();

        waitFor(By.id("export-jsonl")).click();
        WebElement link = waitFor(By.cssSelector("#export-link[data-format='jsonl']"));
        assertThat(link.getAttribute("download")).isEqualTo(orderId + "-events.jsonl");
        List<String> types = new ArrayList<>();
        for (String line : download(link).split("\n")) {
            JsonNode event = json.readTree(line);
            types.add(event.get("type").asText());
            assertThat(event.get("aggregateId").asText()).isEqualTo(orderId);
        }
        assertThat(types).containsExactlyElementsOf(LIFE);

        browser.findElement(By.id("export-csv")).click();
        link = waitFor(By.cssSelector("#export-link[data-format='csv']"));
        assertThat(link.getAttribute("download")).isEqualTo(orderId + "-events.csv");
        String csv = download(link);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("type").contains("sequenceNumber");
        for (String type : LIFE) {
            assertThat(csv).contains("," + type + ",");
        }
        var api = as(AUDITOR_PHONE).withHeader("Accept", "*/*").get("/v1/audit/orders/" + orderId + "/export?format=csv");
        assertThat(csv.lines().toList()).isEqualTo(api.text().lines().toList());
    }

    @Test
    void saysSoWhenNoOrderMatches() {
        signInAs(AUDITOR_PHONE);
        open("/auditor.html");
        waitFor(By.id("search-q")).sendKeys("KH-999999999", Keys.ENTER);
        assertThat(waitFor(By.id("no-match")).getText()).contains("No order has the number or id");
        open("/auditor.html#order=order-unknown");
        assertThat(waitFor(By.id("audit-missing")).getText()).contains("No such order");
        assertThat(browser.findElements(By.cssSelector("#events li"))).isEmpty();
    }

    @Test
    void refusesABuyer() {
        signInAs(BUYER_KTM_PHONE);
        open("/auditor.html#order=" + orderId);
        assertThat(waitFor(By.id("not-allowed")).getText()).contains("Not for your role").contains("buyer");
        assertThat(browser.findElements(By.id("events"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(orderNumber);
    }

    private void assertEvent(String type, String who, String channel, int sequence) {
        WebElement event = browser.findElement(By.cssSelector("#events li[data-type='" + type + "']"));
        assertThat(event.getAttribute("data-seq")).isEqualTo(String.valueOf(sequence));
        assertThat(event.findElement(By.className("who")).getText()).contains(who);
        assertThat(event.findElement(By.className("channel")).getText()).isEqualTo(channel);
        assertThat(Instant.parse(event.findElement(By.tagName("time")).getAttribute("datetime")))
                .isEqualTo(Instant.parse(events.get(sequence).get("timestamp").asText()));
    }

    /**
     * Types a date and time into a datetime-local field the way a person does, field by field in the
     * order the browser's locale shows them (day/month/year or month/day/year; 24 or 12 hours).
     * Day, month, hours, minutes and seconds move on after two digits and milliseconds after three;
     * the year takes up to six digits, so Tab moves on after it
     * (and the last of day and month moves on to the hours by itself).
     */
    private void typeInto(WebElement field, LocalDateTime at) {
        @SuppressWarnings("unchecked")
        List<String> dateOrder = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language, {day: '2-digit', month: '2-digit', year: 'numeric'})"
                        + ".formatToParts(new Date()).map(p => p.type).filter(t => t !== 'literal');");
        String hourCycle = (String) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat(navigator.language, {hour: 'numeric'}).resolvedOptions().hourCycle;");
        boolean twelveHours = "h12".equals(hourCycle) || "h11".equals(hourCycle);
        List<CharSequence> keys = new ArrayList<>();
        for (String part : dateOrder) {
            switch (part) {
                case "day" -> keys.add(DateTimeFormatter.ofPattern("dd").format(at));
                case "month" -> keys.add(DateTimeFormatter.ofPattern("MM").format(at));
                case "year" -> {
                    keys.add(DateTimeFormatter.ofPattern("yyyy").format(at));
                    keys.add(Keys.TAB);
                }
                default -> throw new AssertionError("unexpected date part " + part);
            }
        }
        keys.add(DateTimeFormatter.ofPattern(twelveHours ? "hhmmssSSS" : "HHmmssSSS").format(at));
        if (twelveHours) {
            keys.add(at.getHour() < 12 ? "A" : "P");
        }
        field.sendKeys(keys.toArray(CharSequence[]::new));
    }

    /** The downloaded file's content, read back in the page from the link the page made. */
    /**
     * Keeps each file the page offers for download, by its blob: address: the page's policy lets it
     * fetch from its own origin only, so the test reads the file itself rather than fetching the address.
     */
    private void keepDownloads() {
        ((JavascriptExecutor) browser).executeScript("window.kept = {};"
                + "const make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { const url = make.call(URL, blob); window.kept[url] = blob; return url; };");
    }

    private String download(WebElement link) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.kept[arguments[0].href].text().then(done, e => done('failed: ' + e));", link);
    }
}

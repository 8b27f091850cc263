package np.khaacho.app.portals;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Balancer;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDispatched;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor and buyer pages as an app on a phone with a weak connection, in a real Chromium: installable
 * (manifest, icons, service worker), opening without a connection with the inbox last seen and its age,
 * and an answer taken offline queued and sent once when the connection returns, or shown as a conflict
 * when the order moved meanwhile.
 *
 * The connection is cut twice over: the browser's DevTools network emulation takes the page offline (so
 * the page knows, as a phone does), and the relay between browser and application drops everything
 * (the service worker's own requests, which the emulation does not reach).
 */
class VendorAppOfflineTest extends BrowserTest {

    /** A cash-on-delivery shop in Bhaktapur, which V-KTM-01 serves: no credit limit to run out of. */
    private static final String BUYER = "+9779861100205";

    private static Balancer line;

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void relay() {
        if (line == null) {
            line = Balancer.in(List.of(port));
        }
        // the relay's origin keeps a storage of its own: every test starts signed out with nothing queued
        open("/");
        js("localStorage.clear();");
    }

    @AfterEach
    void backOnline() {
        goOnline();
    }

    @AfterAll
    static void closeRelay() {
        if (line != null) {
            line.close();
            line = null;
        }
    }

    @Override
    protected String origin() {
        return line == null ? super.origin() : "http://127.0.0.1:" + line.port();
    }

    @Test
    void theVendorAndBuyerPagesAreInstallableApps() {
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html");
        waitForServiceWorker();
        assertThat(installabilityErrors()).as("Chromium's install criteria for the vendor page").isEmpty();
        assertThat(manifestUrl()).endsWith("/vendor.webmanifest");

        signInAs(BUYER);
        open("/buyer.html");
        waitForServiceWorker();
        assertThat(installabilityErrors()).as("Chromium's install criteria for the buyer page").isEmpty();
        assertThat(manifestUrl()).endsWith("/buyer.webmanifest");
    }

    @Test
    void offlineTheVendorPageOpensWithTheLastKnownInboxAndItsAge() {
        String orderId = placeAndAwait();
        openPortal();
        waitFor(inboxCard(orderId));
        waitForServiceWorker();

        goOffline();
        browser.navigate().refresh();

        WebElement card = waitFor(inboxCard(orderId));
        assertThat(card.getText()).contains("Sunflower Oil 5 L");
        assertThat(waitFor(By.id("inbox-age")).getText()).matches("Last known inbox, read (just now|\\d+ min ago): it may have changed since\\.");
        assertThat(waitFor(By.id("offline-banner")).getText()).startsWith("No connection");
        waitFor(By.cssSelector("#stream-state[data-state='offline']"));
        assertThat(browser.findElement(By.id("vendor-page")).getText()).doesNotContain("null", "undefined");
        screenshot("vendor-offline-inbox");

        goOnline();
        waitFor(By.cssSelector("#stream-state[data-state='live']"));
        waitUntil(d -> !d.findElement(By.id("inbox-age")).isDisplayed());
        waitUntil(d -> !d.findElement(By.id("offline-banner")).isDisplayed());
    }

    @Test
    void anAnswerTakenOfflineIsSentOnceWhenTheConnectionReturns() {
        String orderId = placeAndAwait();
        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        waitForServiceWorker();

        goOffline();
        card.findElement(By.className("answer-confirm")).click();
        LocalDate delivery = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2);
        typeDate(card.findElement(By.className("delivery-date")), delivery);
        card.findElement(By.className("confirm-submit")).click();

        WebElement queued = waitFor(By.cssSelector("#offline-queue .queued-action[data-order-id='" + orderId + "']"));
        assertThat(queued.getText()).contains("confirmed for", "taken", "Don't send");
        waitUntil(d -> d.findElements(inboxCard(orderId)).isEmpty());
        String key = (String) js("return Khaacho.offline.pending()[0].key;");
        assertThat(key).isNotBlank();
        screenshot("vendor-offline-queued");
        assertThat(confirmations(orderId)).as("nothing reached the server while offline").isZero();

        goOnline();
        waitUntil(d -> !d.findElement(By.id("offline-queue")).isDisplayed());
        Eventually.waitUntil("the queued confirmation arrived", () -> confirmations(orderId) == 1);
        assertThat(vendorApi().get("/v1/orders/" + orderId).data().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM write_model.idempotency_keys
                WHERE user_id = ? AND idem_key = ? AND response_body IS NOT NULL""", Long.class,
                userId(VENDOR_KTM_PHONE), key)).as("sent with its Idempotency-Key").isEqualTo(1);

        // the reply to it lost on the way: the same queued answer goes again, and acts no second time
        js("const a = arguments[0]; localStorage.setItem('khaacho.offline.queue.' + Khaacho.session().userId,"
                + " JSON.stringify({ at: Date.now(), data: [a] })); return Khaacho.offline.flush();",
                Map.of("key", key, "method", "PUT", "path", "/v1/orders/" + orderId + "/status",
                        "body", Map.of("status", "CONFIRMED", "deliveryDate", delivery.toString()),
                        "label", "Confirm", "subject", "again", "orderId", orderId, "takenAt", System.currentTimeMillis()));
        waitUntil(d -> js("return Khaacho.offline.pending().length;").equals(0L));
        assertThat(browser.findElement(By.id("offline-conflicts")).isDisplayed()).as("no conflict for a repeat").isFalse();
        assertThat(confirmations(orderId)).isEqualTo(1);
    }

    @Test
    void aDispatchTheOrderOutranOfflineIsShownAsAConflict() {
        String orderId = placeAndAwait();
        PortalOrders.confirm(vendorApi(), orderId);
        openPortal();
        waitForServiceWorker();
        click(By.cssSelector("#status-tabs [data-status='CONFIRMED']"));
        click(By.cssSelector("#orders .order-row[data-order-id='" + orderId + "'] .open-order"));
        String detail = "#order-detail[data-order-id='" + orderId + "']";
        waitFor(By.cssSelector(detail + "[data-status='CONFIRMED'] #dispatch"));

        goOffline();
        click(By.cssSelector(detail + " #dispatch"));
        waitFor(By.cssSelector(detail + " .queued-note"));
        var cancelled = as(ADMIN_PHONE).put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CANCELLED", "reason", "the shop closed for the festival"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        goOnline();
        WebElement conflict = waitFor(By.cssSelector("#offline-conflicts .conflict[data-order-id='" + orderId + "']"));
        assertThat(conflict.getText()).contains("was not applied", "It is now Cancelled.");
        screenshot("vendor-offline-conflict");
        assertThat(eventStore.readEvents(orderId).asStream().filter(e -> e.getPayload() instanceof OrderDispatched).count())
                .isZero();
        assertThat(js("return Khaacho.offline.pending().length;")).isEqualTo(0L);
    }

    // ---------- helpers ----------

    private void goOffline() {
        line.down(port);
        network(true);
    }

    private void goOnline() {
        if (line != null) {
            line.up(port);
        }
        network(false);
    }

    /** DevTools network emulation of the page: navigator.onLine and the online/offline events follow it. */
    private void network(boolean offline) {
        ((ChromiumDriver) browser).executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @SuppressWarnings("unchecked")
    private List<Object> installabilityErrors() {
        Map<String, Object> result = ((ChromiumDriver) browser).executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        return (List<Object>) result.get("installabilityErrors");
    }

    private String manifestUrl() {
        return (String) ((ChromiumDriver) browser).executeCdpCommand("Page.getAppManifest", Map.of()).get("url");
    }

    private void waitForServiceWorker() {
        waitUntil(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller;")) ? true : null);
    }

    private long confirmations(String orderId) {
        return eventStore.readEvents(orderId).asStream().filter(e -> e.getPayload() instanceof OrderConfirmed).count();
    }

    private void openPortal() {
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html");
        waitFor(By.cssSelector("#orders .order-row, #orders-empty"));
    }

    private Api vendorApi() {
        return as(VENDOR_KTM_PHONE);
    }

    private String placeAndAwait() {
        String orderId = PortalOrders.place(as(BUYER), "OIL-SUNFLOWER-5L", 4);
        PortalOrders.awaitStatus(vendorApi(), orderId, "AWAITING_VENDOR");
        return orderId;
    }

    private static By inboxCard(String orderId) {
        return By.cssSelector("#inbox .inbox-order[data-order-id='" + orderId + "']");
    }
}

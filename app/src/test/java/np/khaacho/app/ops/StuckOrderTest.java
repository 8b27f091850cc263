package np.khaacho.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Why is this order stuck?" An order awaiting its vendor reads as healthy: its events, its saga, the vendor's
 * deadline waiting, its messages sent. Then its deadline is lost and its message to the vendor fails: the
 * admin's page says both, and its retry sends the message again. Only an admin reads it.
 */
class StuckOrderTest extends BrowserTest {

    @Test
    void anAdminReadsWhyAnOrderIsStuckAndRetriesItsFailedMessage() {
        Api buyer = as(BUYER_KTM_PHONE);
        String orderId = PortalOrders.place(buyer, "RICE-JEERA-25KG", 3);
        PortalOrders.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        Api admin = as(ADMIN_PHONE);
        JsonNode healthy = Eventually.waitFor("the vendor's message queued", () -> {
            JsonNode d = admin.get("/v1/admin/orders/" + orderId + "/diagnosis").data();
            return d.get("messages").size() > 0 ? d : null;
        });
        String number = healthy.at("/order/order_number").asText();
        assertThat(types(healthy.get("events"))).contains("OrderPlaced", "OrderAwaitingVendor");
        assertThat(healthy.at("/saga/orderId").asText()).isEqualTo(orderId);
        assertThat(texts(healthy.get("deadlines"), "name")).contains("vendor-response");
        assertThat(healthy.get("findings")).isEmpty();
        assertThat(admin.get("/v1/admin/orders/" + number + "/diagnosis").data().at("/order/order_id").asText())
                .isEqualTo(orderId);
        assertThat(buyer.get("/v1/admin/orders/" + orderId + "/diagnosis").status()).isEqualTo(403);
        assertThat(admin.get("/v1/admin/orders/order-00000000-0000-0000-0000-000000000000/diagnosis").status())
                .isEqualTo(404);

        // the vendor's deadline lost, its time run out (the read side's answer-by moved back for the while of
        // this test, then put back: a replay must find the table as its events make it), and the message to
        // the vendor failed for good
        String deadline = healthy.get("deadlines").get(0).get("id").asText();
        jdbc.update("DELETE FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance = ?", deadline);
        java.sql.Timestamp respondBy = jdbc.queryForObject("SELECT respond_by FROM read_model.orders WHERE order_id = ?",
                java.sql.Timestamp.class, orderId);
        jdbc.update("UPDATE read_model.orders SET respond_by = now() - interval '1 hour' WHERE order_id = ?", orderId);
        try {
            stuck(admin, orderId);
        } finally {
            jdbc.update("UPDATE read_model.orders SET respond_by = ? WHERE order_id = ?", respondBy, orderId);
        }
    }

    private void stuck(Api admin, String orderId) {
        String number = admin.get("/v1/admin/orders/" + orderId + "/diagnosis").data().at("/order/order_number").asText();
        long failed = jdbc.queryForObject("SELECT min(id) FROM messaging.outbox WHERE order_id = ?", Long.class, orderId);
        jdbc.update("UPDATE messaging.outbox SET status = 'FAILED', last_error = 'Twilio 63016' WHERE id = ?", failed);

        JsonNode stuck = admin.get("/v1/admin/orders/" + number + "/diagnosis").data();
        assertThat(texts(stuck.get("findings"), "code")).containsExactlyInAnyOrder("VENDOR_DEADLINE_MISSING", "MESSAGE_FAILED");

        signInAs(ADMIN_PHONE);
        open("/admin.html");
        WebElement input = waitFor(By.id("stuck-order"));
        input.sendKeys(number);
        browser.findElement(By.id("stuck-submit")).click();
        WebElement missing = waitFor(By.cssSelector("#stuck .finding[data-code='VENDOR_DEADLINE_MISSING']"));
        assertThat(missing.getText()).contains("no deadline is waiting");
        WebElement failedMessage = waitFor(By.cssSelector("#stuck .finding[data-code='MESSAGE_FAILED']"));
        assertThat(failedMessage.getText()).contains("Twilio 63016");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("stuck-title")));
        screenshot("admin-stuck-order");
        failedMessage.findElement(By.className("retry-finding")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#stuck .finding[data-code='MESSAGE_FAILED']")).isEmpty());
        assertThat(jdbc.queryForObject("SELECT status FROM messaging.outbox WHERE id = ?", String.class, failed))
                .isNotEqualTo("FAILED");
    }

    private static List<String> types(JsonNode events) {
        return texts(events, "type");
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.path(field).asText()));
        return texts;
    }
}

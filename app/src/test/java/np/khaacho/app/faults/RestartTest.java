package np.khaacho.app.faults;

import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.app.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application stops while orders wait for their vendors, after their deadlines were scheduled,
 * and starts again: the sagas and their deadlines carry on, with no step lost or done twice.
 */
class RestartTest {

    private static final String DATABASE = "khaacho_restart_test";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);

    @Test
    void sagasAndDeadlinesCarryOnAfterARestart() throws Exception {
        String expiring;
        String confirmed;
        try (ClusterNode app = start()) {
            expiring = placeRiceOrder(app);
            confirmed = placeRiceOrder(app);
            Eventually.waitUntil("both orders await their vendor", () ->
                    app.log.has(expiring, OrderAwaitingVendor.class) && app.log.has(confirmed, OrderAwaitingVendor.class));
            Eventually.waitUntil("their deadlines are scheduled in PostgreSQL", () -> app.jdbc.queryForObject(
                    "SELECT count(*) FROM axon.scheduled_tasks", Integer.class) >= 2);
        }

        // While the application is down, the vendor's first answer period runs out.
        Thread.sleep(Duration.ofSeconds(7).toMillis());

        try (ClusterNode app = start()) {
            String delivery = LocalDate.now().plusDays(3).toString();
            var confirm = app.as(IntegrationTest.VENDOR_KTM_PHONE).put("/v1/orders/" + confirmed + "/status",
                    Map.of("status", "CONFIRMED", "deliveryDate", delivery));
            // The reminder may already have fired for this one too; confirming is still on time.
            assertThat(confirm.status()).as(confirm.toString()).isEqualTo(200);
            assertThat(app.as(IntegrationTest.VENDOR_KTM_PHONE).put("/v1/orders/" + confirmed + "/status",
                    Map.of("status", "DISPATCHED")).status()).isEqualTo(200);

            Eventually.waitUntil("the overdue vendor reminded after the restart",
                    () -> app.log.has(expiring, VendorReminded.class));
            Eventually.waitUntil("the unanswered order expired", Duration.ofSeconds(40),
                    () -> app.log.has(expiring, OrderExpired.class));
            String rice = StockId.of(DemoData.productId("RICE-JEERA-25KG")).value();
            Eventually.waitUntil("its stock released", () -> app.log.payloads(rice).stream()
                    .anyMatch(e -> e instanceof StockReleased r && r.orderId().value().equals(expiring)));

            Thread.sleep(Duration.ofSeconds(3).toMillis());
            assertThat(app.log.count(expiring, VendorReminded.class)).isEqualTo(1);
            assertThat(app.log.count(expiring, OrderExpired.class)).isEqualTo(1);
            assertThat(app.log.payloads(rice).stream()
                    .filter(e -> e instanceof StockReleased r && r.orderId().value().equals(expiring)).count()).isEqualTo(1);
            assertThat(app.log.has(confirmed, OrderDispatched.class)).isTrue();
            assertThat(app.log.has(confirmed, OrderExpired.class)).isFalse();
            assertThat(app.jdbc.queryForObject("""
                    SELECT count(*) FROM messaging.outbox WHERE order_id = ? AND kind = 'VENDOR_REMINDED'""",
                    Integer.class, expiring)).isEqualTo(1);
            assertThat(app.jdbc.queryForObject("""
                    SELECT count(*) FROM messaging.outbox WHERE order_id = ? AND kind = 'ORDER_PLACED'""",
                    Integer.class, expiring)).isEqualTo(1);
        }
    }

    private static ClusterNode start() {
        return ClusterNode.start("restarted", DATABASE,
                "--khaacho.orders.vendor-response=PT6S");
    }

    private static String placeRiceOrder(ClusterNode app) {
        return PortalOrders.place(app.as(IntegrationTest.BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
    }
}

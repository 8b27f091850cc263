package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.JarCommand;
import np.khaacho.app.support.OrderSteps;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.demo.DemoData;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.party.BuyerId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the recorded store holds: the demo data, then orders through the API and over WhatsApp along
 * every path an order can take, catalog, stock and credit changes, and two operator commands. Each
 * step waits for what it caused, so the store ends at rest. The instance runs with short draft and
 * vendor deadlines ({@link #SETTINGS}) so that expiries and a vendor reminder happen while it records.
 */
final class RecordingScenario {

    static final Duration DEADLINE = Duration.ofSeconds(20);
    static final List<String> SETTINGS = List.of(
            "--khaacho.orders.draft-expiry=" + DEADLINE,
            "--khaacho.orders.vendor-response=" + DEADLINE,
            "--khaacho.whatsapp.poll-interval=PT0.2S");

    static final String ADMIN = IntegrationTest.ADMIN_PHONE;
    static final String VENDOR_KTM = IntegrationTest.VENDOR_KTM_PHONE;
    static final String VENDOR_LTP = IntegrationTest.VENDOR_LTP_PHONE;
    static final String SHRESTHA_NET15 = "+9779841100201";
    static final String GURUNG_NET7 = "+9779856100202";
    static final String MAHARJAN_NET30 = "+9779841100203";
    static final String THAKALI_NET30 = "+9779851100204";
    static final String BHATTARAI_COD = "+9779861100205";
    static final String NEWA_NET7 = "+9779841100206";
    static final String ADHIKARI_NET15 = "+9779808100207";
    static final String FEWA_COD = "+9779846100208";
    static final String UNKNOWN_PHONE = "+9779800099999";
    private static final String CHIPS = "CHIPS-LAYS-BOX";
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private final ClusterNode node;
    private final String database;
    private final Api admin;
    private final Api ktm;
    private final Api ltp;
    private final ObjectMapper json = new ObjectMapper();

    RecordingScenario(ClusterNode node, String database) {
        this.node = node;
        this.database = database;
        this.admin = node.as(ADMIN);
        this.ktm = node.as(VENDOR_KTM);
        this.ltp = node.as(VENDOR_LTP);
    }

    void run() {
        operatorCommands();
        catalogAndCredit();
        // the two that wait for their deadlines run while the rest goes on
        String unanswered = placeAwaitingVendor(GURUNG_NET7, item("ATTA-GYAN-10KG", 8));
        WhatsAppSteps whatsApp = new WhatsAppSteps(node);
        String unconfirmedDraft = whatsApp.order(GURUNG_NET7, "3 bora mansuli").get(0);

        creditOrderDeliveredAndPaidInTwoPayments();
        cashOnDeliveryOrderPaid();
        partialConfirmationAndOneBuyerPaymentForTwoOrders();
        rejectedCancelledAndDeclinedOrders();
        ordersSplitAcrossVendorsLeftConfirmedAndDispatched();
        overdueCreditOrderPartlyPaidOnADelistedProduct();
        for (String order : whatsApp.draftsOfTwoVendorsPlacedWithYes()) {
            Api vendor = vendorOf(order);
            OrderSteps.confirm(vendor, order);
            if (vendor == ktm) {
                OrderSteps.dispatchAndDeliver(vendor, order);
            }
        }
        whatsApp.otherConversations();
        partlyConfirmedAndLeftSo();

        Eventually.waitUntil("the vendor was reminded, then the order expired", DEADLINE.multipliedBy(4),
                () -> "EXPIRED".equals(status(unanswered)));
        assertThat(node.log.has(unanswered, VendorReminded.class)).as("reminded before it expired").isTrue();
        Eventually.waitUntil("the unconfirmed draft expired", DEADLINE.multipliedBy(4),
                () -> "EXPIRED".equals(status(unconfirmedDraft)));
    }

    /** An admin added from the command line, and a token minted there (both events name the operator). */
    private void operatorCommands() {
        JarCommand.Output added = JarCommand.onDatabase(database, "admin", "add", "--phone", "+9779800000071",
                "--name", "Hari Auditor", "--role", "AUDITOR");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        JarCommand.Output token = JarCommand.onDatabase(database, "token", "--phone", ADMIN);
        assertThat(token.exitCode()).as(token.toString()).isZero();
    }

    private void catalogAndCredit() {
        var listed = ltp.post("/v1/products", Map.of("sku", CHIPS, "name", "Lay's Classic (box of 20)",
                "nameNe", "लेज चिप्स", "aliases", List.of("lays", "chips"), "category", "snacks", "unit", "box",
                "price", "420.00", "minOrderQuantity", 2, "initialStock", 40));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String chips = listed.data().get("productId").asText();
        ok(ltp.put("/v1/products/" + chips, Map.of("sku", CHIPS, "name", "Lay's Classic Salted (box of 20)",
                "nameNe", "लेज चिप्स", "aliases", List.of("lays", "chips", "lays chips"), "category", "snacks",
                "unit", "box", "price", "440.00", "minOrderQuantity", 2)));
        ok(ltp.post("/v1/products/" + chips + "/stock", Map.of("type", "RECEIVE", "quantity", "10.5")));
        ok(ltp.post("/v1/products/" + chips + "/stock", Map.of("type", "ADJUST", "quantity", -3,
                "reason", "damaged in transit")));
        String sugar = DemoData.productId("SUGAR-KG").value();
        ok(ktm.put("/v1/products/" + sugar, Map.of("sku", "SUGAR-KG", "name", "Sugar", "nameNe", "चिनी",
                "aliases", List.of("sugar", "chini", "चिनी"), "category", "sugar-salt", "unit", "kg",
                "price", "102.00", "minOrderQuantity", 5)));
        ok(ktm.post("/v1/products/" + DemoData.productId("RICE-JEERA-25KG").value() + "/stock",
                Map.of("type", "RECEIVE", "quantity", 50, "reason", "new lot")));

        ok(admin.put("/v1/buyers/" + node.userId(GURUNG_NET7) + "/credit",
                Map.of("creditLimit", 120000, "paymentTerms", "NET15")));
        ok(admin.put("/v1/buyers/" + node.userId(ADHIKARI_NET15) + "/credit",
                Map.of("creditLimit", 1000, "paymentTerms", "NET15")));
    }

    private void creditOrderDeliveredAndPaidInTwoPayments() {
        String order = placeAwaitingVendor(SHRESTHA_NET15, item("RICE-JEERA-25KG", 3), item("DAL-MASOOR-KG", "1.5"));
        OrderSteps.confirm(ktm, order);
        OrderSteps.dispatchAndDeliver(ktm, order);
        created(ktm.post("/v1/orders/" + order + "/payments", Map.of("amount", 3000, "method", "CASH")));
        created(admin.post("/v1/orders/" + order + "/payments", Map.of("amount", "4297.50", "method", "BANK")));
        awaitStatus(order, "PAID");
    }

    private void cashOnDeliveryOrderPaid() {
        String order = placeAwaitingVendor(BHATTARAI_COD, item("COKE-500ML-CTN", 3), item("FANTA-500ML-CTN", 2));
        OrderSteps.confirm(ltp, order);
        OrderSteps.dispatchAndDeliver(ltp, order);
        created(ltp.post("/v1/orders/" + order + "/payments", Map.of("amount", "6600.00", "method", "CASH")));
        awaitStatus(order, "PAID");
    }

    private void partialConfirmationAndOneBuyerPaymentForTwoOrders() {
        String first = placeAwaitingVendor(MAHARJAN_NET30, item("COKE-500ML-CTN", 3), item("FANTA-500ML-CTN", 1));
        String second = placeAwaitingVendor(MAHARJAN_NET30, item("SPRITE-500ML-CTN", 3));
        String delivery = LocalDate.now(NEPAL).plusDays(2).toString();
        ok(ltp.put("/v1/orders/" + first + "/status", Map.of("status", "CONFIRMED", "deliveryDate", delivery,
                "items", List.of(item("COKE-500ML-CTN", 2), item("FANTA-500ML-CTN", 0)))));
        OrderSteps.confirm(ltp, second);
        OrderSteps.dispatchAndDeliver(ltp, first);
        OrderSteps.dispatchAndDeliver(ltp, second);
        String account = CreditAccountId.of(BuyerId.of(node.userId(MAHARJAN_NET30))).value();
        Eventually.waitUntil("both deliveries are owed", () -> node.log.count(account, CreditCharged.class) == 2);
        var paid = admin.withHeader("Idempotency-Key", "recorded-cash-1").post(
                "/v1/buyers/" + node.userId(MAHARJAN_NET30) + "/payments", Map.of("amount", "3640.00", "method", "CASH"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.data().get("allocations")).hasSize(2);
        awaitStatus(first, "PAID");
    }

    /**
     * The last credit and stock events of this buyer and product are those of a partial confirmation,
     * so the read rows show what those events alone set.
     */
    private void partlyConfirmedAndLeftSo() {
        String order = placeAwaitingVendor(THAKALI_NET30, item("JUICE-REAL-MIXED-1L", 12), item("WATER-1L-CTN", 10));
        ok(ltp.put("/v1/orders/" + order + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(NEPAL).plusDays(3).toString(),
                "items", List.of(item("JUICE-REAL-MIXED-1L", 6), item("WATER-1L-CTN", 10)))));
        awaitStatus(order, "CONFIRMED");
    }

    private void rejectedCancelledAndDeclinedOrders() {
        String rejected = placeAwaitingVendor(SHRESTHA_NET15, item("MAIDA-GYAN-25KG", 4));
        ok(ktm.put("/v1/orders/" + rejected + "/status", Map.of("status", "REJECTED",
                "reason", "no delivery slot this week")));
        awaitStatus(rejected, "REJECTED");

        String cancelled = placeAwaitingVendor(SHRESTHA_NET15, item("OIL-SUNFLOWER-5L", 4));
        ok(admin.put("/v1/orders/" + cancelled + "/status", Map.of("status", "CANCELLED", "reason", "a duplicate")));
        awaitStatus(cancelled, "CANCELLED");

        awaitStatus(place(ADHIKARI_NET15, item("RICE-JEERA-25KG", 3)).get(0), "DECLINED");
        awaitStatus(place(FEWA_COD, item("RICE-BASMATI-5KG", 300)).get(0), "DECLINED");
    }

    private void ordersSplitAcrossVendorsLeftConfirmedAndDispatched() {
        List<String> orders = place(SHRESTHA_NET15, item("RICE-MANSULI-25KG", 3), item("COKE-500ML-CTN", 3));
        assertThat(orders).hasSize(2);
        for (String order : orders) {
            awaitStatus(order, "AWAITING_VENDOR");
            Api vendor = vendorOf(order);
            OrderSteps.confirm(vendor, order);
            if (vendor == ktm) {
                ok(ktm.put("/v1/orders/" + order + "/status", Map.of("status", "DISPATCHED")));
            }
        }
    }

    /** Reminded before the due date, then overdue (the deadlines brought forward), then paid in part. */
    private void overdueCreditOrderPartlyPaidOnADelistedProduct() {
        String order = placeAwaitingVendor(NEWA_NET7, item(CHIPS, 8));
        OrderSteps.confirm(ltp, order);
        OrderSteps.dispatchAndDeliver(ltp, order);
        bringForward(order, "payment-due-soon");
        Eventually.waitUntil("reminded before the due date", () -> node.log.has(order, PaymentReminded.class));
        bringForward(order, "payment-overdue");
        Eventually.waitUntil("overdue", () -> node.log.has(order, OrderOverdue.class)
                && node.log.count(order, PaymentReminded.class) == 2);
        // two payments and a balance left: the amount paid so far comes from the payments alone
        created(ltp.post("/v1/orders/" + order + "/payments", Map.of("amount", 1000, "method", "WALLET")));
        created(ltp.post("/v1/orders/" + order + "/payments", Map.of("amount", 500, "method", "BANK")));
        ok(ltp.delete("/v1/products/" + DemoData.productId(CHIPS).value() + "?reason=discontinued"));
    }

    /**
     * Lets a saga's deadline fall due now, as if its day had come: the deadline manager runs it at
     * once, with the saga's own reminder logic.
     */
    private void bringForward(String orderId, String deadline) {
        String taskId = Eventually.waitFor("the saga of " + orderId + " waits for its " + deadline, () -> {
            List<String> sagas = node.jdbc.queryForList("""
                    SELECT convert_from(s.serializedsaga, 'UTF8') FROM axon.saga_entry s
                    JOIN axon.association_value_entry a ON a.sagaid = s.sagaid
                    WHERE a.associationkey = 'orderId' AND a.associationvalue = ?""", String.class, orderId);
            try {
                String id = sagas.isEmpty() ? "" : json.readTree(sagas.get(0)).path("deadlineIds").path(deadline).asText();
                return id.isEmpty() ? null : id;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(node.jdbc.update("UPDATE axon.scheduled_tasks SET execution_time = now() WHERE task_instance = ?",
                taskId)).isEqualTo(1);
    }

    // ---- steps ----

    @SafeVarargs
    private String placeAwaitingVendor(String buyer, Map<String, Object>... items) {
        String order = place(buyer, items).get(0);
        awaitStatus(order, "AWAITING_VENDOR");
        return order;
    }

    @SafeVarargs
    private List<String> place(String buyer, Map<String, Object>... items) {
        var placed = node.as(buyer).post("/v1/orders", Map.of("items", List.of(items)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").findValuesAsText("orderId");
    }

    private static Map<String, Object> item(String sku, Object quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    /** The API of the vendor the order is addressed to. */
    private Api vendorOf(String orderId) {
        return node.userId(VENDOR_KTM).equals(admin.get("/v1/orders/" + orderId).data().get("vendorId").asText()) ? ktm : ltp;
    }

    private String status(String orderId) {
        Api.Reply order = admin.get("/v1/orders/" + orderId);
        return order.status() == 200 ? order.data().get("status").asText() : null;
    }

    private void awaitStatus(String orderId, String status) {
        OrderSteps.awaitStatus(admin, orderId, status);
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static void created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}

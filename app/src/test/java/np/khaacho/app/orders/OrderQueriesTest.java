package np.khaacho.app.orders;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.demo.DemoData;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.EventStreamClient;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.query.FindOrder;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over real HTTP: each role's view of the orders, paging and filters, one order and its
 * timeline, the vendor inbox, buyer credit, the caller's profile, and live updates as server-sent events.
 */
class OrderQueriesTest extends IntegrationTest {

    @Value("${khaacho.orders.vendor-response}")
    Duration vendorResponse;

    // a buyer no other test orders for, so its list holds only this test's orders
    private static final String BUYER_KIRTIPUR_PHONE = "+9779808100207";
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final Duration STREAM_WAIT = Duration.ofSeconds(15);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandSender commands;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;
    @Autowired
    private QueryUpdateEmitter updateEmitter;

    @Test
    void eachRoleSeesOnlyTheOrdersItMaySee() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        Api otherBuyer = as(BUYER_KTM_PHONE);
        Api riceVendor = as(VENDOR_KTM_PHONE);
        Api snackVendor = as(VENDOR_LTP_PHONE);
        String mine = place(buyer, "RICE-MANSULI-25KG", 3);
        String theirs = place(otherBuyer, "NOODLE-WAIWAI-CTN", 5);
        awaitOrder(buyer, mine, order -> true);
        awaitOrder(otherBuyer, theirs, order -> true);

        JsonNode buyerList = list(buyer, "");
        assertThat(ids(buyerList)).contains(mine).doesNotContain(theirs);
        assertThat(buyerList.get("items").findValuesAsText("buyerId")).containsOnly(userId(BUYER_KIRTIPUR_PHONE));
        JsonNode otherList = list(otherBuyer, "");
        assertThat(ids(otherList)).contains(theirs).doesNotContain(mine);
        assertThat(otherList.get("items").findValuesAsText("buyerId")).containsOnly(userId(BUYER_KTM_PHONE));

        JsonNode riceList = list(riceVendor, "");
        assertThat(ids(riceList)).contains(mine).doesNotContain(theirs);
        assertThat(riceList.get("items").findValuesAsText("vendorId")).containsOnly(userId(VENDOR_KTM_PHONE));
        JsonNode snackList = list(snackVendor, "");
        assertThat(ids(snackList)).contains(theirs).doesNotContain(mine);
        assertThat(snackList.get("items").findValuesAsText("vendorId")).containsOnly(userId(VENDOR_LTP_PHONE));
        assertThat(ids(list(as(ADMIN_PHONE), ""))).contains(mine, theirs);
        assertThat(ids(list(as(AUDITOR_PHONE), ""))).contains(mine, theirs);

        for (Api stranger : List.of(otherBuyer, snackVendor)) {
            for (String path : List.of("/v1/orders/" + mine, "/v1/orders/" + mine + "/tracking")) {
                var refused = stranger.get(path);
                assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
                assertThat(refused.errorCode()).isEqualTo("NOT_FOUND");
            }
        }
        assertThat(riceVendor.get("/v1/orders/" + mine).status()).isEqualTo(200);
        assertThat(as(AUDITOR_PHONE).get("/v1/orders/" + mine + "/tracking").status()).isEqualTo(200);
        assertThat(buyer.get("/v1/orders/order-does-not-exist").errorCode()).isEqualTo("NOT_FOUND");
        try (EventStreamClient stream = stream(BUYER_KTM_PHONE, "/v1/orders/" + mine + "/stream")) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }

    @Test
    void aDraftIsTheBuyersAloneUntilConfirmed() {
        BuyerId buyer = BuyerId.of(userId(BUYER_KIRTIPUR_PHONE));
        OrderId draft = OrderId.random();
        commands.send(new DraftOrder(draft, new OrderHeader("KH-Q" + System.nanoTime() % 1_000_000_000, buyer,
                DemoData.vendorId("V-KTM-01"), null, null), List.of(new OrderItem(DemoData.productId("RICE-JEERA-25KG"),
                        Quantity.of(3))), "SM" + System.nanoTime(), new BigDecimal("0.9"), "en"),
                new Actor(buyer.value(), Role.BUYER, BUYER_KIRTIPUR_PHONE, Channel.WHATSAPP));

        JsonNode seen = awaitOrder(as(BUYER_KIRTIPUR_PHONE), draft.value(), order -> true);
        assertThat(seen.get("status").asText()).isIn("DRAFTED", "EXPIRED");
        assertThat(as(VENDOR_KTM_PHONE).get("/v1/orders/" + draft.value()).status()).isEqualTo(404);
        assertThat(ids(list(as(VENDOR_KTM_PHONE), ""))).doesNotContain(draft.value());
    }

    @Test
    void listsArePagedNewestFirstAndFilteredByStatusAndNepalDay() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        String first = place(buyer, "NOODLE-WAIWAI-CTN", 5);
        String second = place(buyer, "NOODLE-WAIWAI-CTN", 6);
        String third = place(buyer, "NOODLE-WAIWAI-CTN", 7);
        awaitOrder(buyer, third, order -> true);
        var cancelled = buyer.put("/v1/orders/" + second + "/status", Map.of("status", "CANCELLED", "reason", "ordered twice"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        awaitOrder(buyer, second, order -> order.get("status").asText().equals("CANCELLED"));

        JsonNode page0 = list(buyer, "?size=2");
        assertThat(page0.get("page").asInt()).isZero();
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(list(buyer, "?size=2&page=1")).get(0)).isEqualTo(first);
        List<String> created = list(buyer, "?size=100").get("items").findValuesAsText("createdAt");
        assertThat(created).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        // a page far past the end (its first row beyond any int) is empty, and still tells the total
        JsonNode farPastTheEnd = list(buyer, "?size=100&page=" + Integer.MAX_VALUE);
        assertThat(farPastTheEnd.get("items")).isEmpty();
        assertThat(farPastTheEnd.get("page").asInt()).isEqualTo(Integer.MAX_VALUE);
        assertThat(farPastTheEnd.get("total").asLong()).isEqualTo(page0.get("total").asLong());
        JsonNode pastTheEnd = list(buyer, "?size=100&page=1000");
        assertThat(pastTheEnd.get("items")).isEmpty();
        assertThat(pastTheEnd.get("total").asLong()).isEqualTo(page0.get("total").asLong());

        JsonNode onlyCancelled = list(buyer, "?status=CANCELLED");
        assertThat(ids(onlyCancelled)).contains(second).doesNotContain(first, third);
        assertThat(onlyCancelled.get("items").findValuesAsText("status")).containsOnly("CANCELLED");
        assertThat(ids(list(as(ADMIN_PHONE), "?status=cancelled&size=100"))).contains(second);

        LocalDate today = LocalDate.now(NEPAL);
        assertThat(ids(list(buyer, "?from=" + today + "&to=" + today + "&size=100"))).contains(first, second, third);
        assertThat(list(buyer, "?from=" + today.plusDays(1)).get("total").asLong()).isZero();
        assertThat(list(buyer, "?to=" + today.minusDays(1)).get("total").asLong()).isZero();

        for (String bad : List.of("?size=101", "?size=0", "?page=-1", "?status=LOST", "?from=25-11-2026",
                "?from=" + today + "&to=" + today.minusDays(1))) {
            var refused = buyer.get("/v1/orders" + bad);
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
    }

    @Test
    void anOrderShowsItsLinesAmountsAndDatesAndItsTimelineWhoDidEachStep() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        Api admin = as(ADMIN_PHONE);
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3),
                Map.of("sku", "DAL-MASOOR-KG", "quantity", new BigDecimal("1.5")))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.data().get("orders").get(0).get("orderId").asText();
        awaitOrder(buyer, id, order -> order.get("status").asText().equals("AWAITING_VENDOR"));

        String delivery = LocalDate.now(NEPAL).plusDays(2).toString();
        assertThat(vendor.put("/v1/orders/" + id + "/status", Map.of("status", "CONFIRMED", "deliveryDate", delivery))
                .status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + id + "/status", Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + id + "/status", Map.of("status", "DELIVERED")).status()).isEqualTo(200);
        assertThat(vendor.post("/v1/orders/" + id + "/payments", Map.of("amount", 3000, "method", "CASH")).status())
                .isEqualTo(201);
        JsonNode partlyPaid = awaitOrder(buyer, id, order -> order.get("paymentStatus").asText().equals("PARTIALLY_PAID"));
        assertThat(partlyPaid.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(partlyPaid.get("paidAmount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(admin.post("/v1/orders/" + id + "/payments", Map.of("amount", "4297.50", "method", "BANK")).status())
                .isEqualTo(201);

        JsonNode order = awaitOrder(buyer, id, o -> o.get("status").asText().equals("PAID"));
        assertThat(order.get("id").asText()).isEqualTo(id);
        assertThat(order.get("orderNumber").asText()).startsWith("KH-");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("PAID");
        assertThat(order.get("buyerId").asText()).isEqualTo(userId(BUYER_KIRTIPUR_PHONE));
        assertThat(order.get("buyerName").asText()).isEqualTo("Adhikari Pasal");
        assertThat(order.get("vendorId").asText()).isEqualTo(userId(VENDOR_KTM_PHONE));
        assertThat(order.get("vendorName").asText()).isEqualTo("Annapurna Khadya Bhandar");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("7297.50");
        assertThat(order.get("paidAmount").decimalValue()).isEqualByComparingTo("7297.50");
        assertThat(order.get("deliveryDate").asText()).isEqualTo(delivery);
        assertThat(order.get("dueDate").asText()).isEqualTo(LocalDate.now(NEPAL).plusDays(15).toString());
        assertThat(order.get("overdue").asBoolean()).isFalse();
        assertThat(Instant.parse(order.get("updatedAt").asText())).isAfter(Instant.parse(order.get("createdAt").asText()));
        JsonNode rice = order.get("items").get(0);
        assertThat(order.get("items")).hasSize(2);
        assertThat(rice.get("sku").asText()).isEqualTo("RICE-JEERA-25KG");
        assertThat(rice.get("name").asText()).isEqualTo("Jeera Masino Rice 25 kg");
        assertThat(rice.get("unit").asText()).isEqualTo("bag");
        assertThat(rice.get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(rice.get("unitPrice").decimalValue()).isEqualByComparingTo("2350.00");
        assertThat(rice.get("subtotal").decimalValue()).isEqualByComparingTo("7050.00");
        assertThat(order.get("items").get(1).get("quantity").decimalValue()).isEqualByComparingTo("1.5");

        JsonNode tracking = buyer.get("/v1/orders/" + id + "/tracking").data();
        assertThat(tracking.get("status").asText()).isEqualTo("PAID");
        List<JsonNode> steps = new ArrayList<>();
        tracking.get("timeline").forEach(steps::add);
        assertThat(steps).extracting(step -> step.get("sequence").asLong()).isSorted();
        assertThat(steps).filteredOn(step -> step.hasNonNull("status")).extracting(step -> step.get("status").asText())
                .containsExactly("PLACED", "AWAITING_VENDOR", "CONFIRMED", "DISPATCHED", "DELIVERED", "PAID");
        assertThat(steps).extracting(step -> step.get("event").asText()).containsExactly("OrderPlaced",
                "OrderAwaitingVendor", "OrderConfirmed", "OrderDispatched", "OrderDelivered", "OrderPaymentRecorded",
                "OrderPaymentRecorded", "OrderPaid");
        assertThat(actor(steps.get(0))).containsExactly(userId(BUYER_KIRTIPUR_PHONE), "BUYER", "API");
        assertThat(actor(steps.get(1))).containsExactly("system", "SYSTEM", "SYSTEM");
        assertThat(steps.get(1).at("/actor/onBehalfOf").asText()).isEqualTo(userId(BUYER_KIRTIPUR_PHONE));
        assertThat(actor(steps.get(2))).containsExactly(userId(VENDOR_KTM_PHONE), "VENDOR", "API");
        assertThat(steps.get(2).get("note").asText()).contains(delivery);
        assertThat(actor(steps.get(6))).containsExactly(userId(ADMIN_PHONE), "ADMIN", "API");
    }

    @Test
    void aPartialConfirmationReplacesTheLinesAndTheTotal() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "TEA-TOKLA-1KG", "quantity", 4),
                Map.of("sku", "BISCUIT-PARLEG-BOX", "quantity", 2))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.data().get("orders").get(0).get("orderId").asText();
        awaitOrder(buyer, id, order -> order.get("status").asText().equals("AWAITING_VENDOR"));

        var partial = as(VENDOR_LTP_PHONE).put("/v1/orders/" + id + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(NEPAL).plusDays(1).toString(),
                "items", List.of(Map.of("sku", "TEA-TOKLA-1KG", "quantity", 3), Map.of("sku", "BISCUIT-PARLEG-BOX", "quantity", 0))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);

        JsonNode order = awaitOrder(buyer, id, o -> o.get("status").asText().equals("CONFIRMED"));
        assertThat(order.get("items")).hasSize(1);
        assertThat(order.get("items").get(0).get("sku").asText()).isEqualTo("TEA-TOKLA-1KG");
        assertThat(order.get("items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("2130.00");
        JsonNode listed = list(buyer, "?status=CONFIRMED&size=100").get("items");
        assertThat(listed.findValues("id").stream().map(JsonNode::asText)).contains(id);
    }

    @Test
    void theVendorInboxListsAwaitingOrdersWithTheSecondsLeftToAnswer() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        Api vendor = as(VENDOR_LTP_PHONE);
        String id = place(buyer, "NOODLE-RARA-CTN", 7);

        JsonNode entry = Eventually.waitFor("the order in the vendor's inbox", () -> inboxEntry(vendor, id));
        assertThat(entry.get("orderNumber").asText()).startsWith("KH-");
        assertThat(entry.get("buyerName").asText()).isEqualTo("Adhikari Pasal");
        assertThat(entry.get("totalAmount").decimalValue()).isEqualByComparingTo("3360.00");
        assertThat(entry.get("items").get(0).get("sku").asText()).isEqualTo("NOODLE-RARA-CTN");
        Instant respondBy = Instant.parse(entry.get("respondBy").asText());
        assertThat(respondBy).isBetween(Instant.now().plus(vendorResponse).minusSeconds(60),
                Instant.now().plus(vendorResponse));
        assertThat(entry.get("secondsLeft").asLong())
                .isBetween(vendorResponse.toSeconds() - 60, vendorResponse.toSeconds());
        JsonNode page = vendor.get("/v1/vendors/me/inbox").data();
        assertThat(page.get("items").findValuesAsText("respondBy"))
                .isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
        assertThat(inboxEntry(as(VENDOR_KTM_PHONE), id)).isNull();

        for (Api notAVendor : List.of(buyer, as(ADMIN_PHONE))) {
            var refused = notAVendor.get("/v1/vendors/me/inbox");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        }

        assertThat(vendor.put("/v1/orders/" + id + "/status", Map.of("status", "REJECTED", "reason", "out of stock"))
                .status()).isEqualTo(200);
        Eventually.waitUntil("the answered order left the inbox", () -> inboxEntry(vendor, id) == null);
        assertThat(awaitOrder(buyer, id, o -> true).get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void buyerCreditShowsWhatTheCreditEventsSay() {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        String id = place(buyer, "NOODLE-MAYOS-CTN", 6);
        String account = CreditAccountId.of(BuyerId.of(userId(BUYER_KIRTIPUR_PHONE))).value();
        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("credit is held for the order", () -> log.payloads(account).stream()
                .anyMatch(e -> e instanceof CreditReserved r && r.orderId().value().equals(id)));

        Eventually.waitUntil("the credit answer matches the account's events", () -> {
            Map<String, Object> expected = creditFromEvents(log.payloads(account));
            JsonNode credit = buyer.get("/v1/buyers/me/credit").data();
            return credit != null
                    && credit.get("creditLimit").decimalValue().compareTo((BigDecimal) expected.get("creditLimit")) == 0
                    && credit.get("reserved").decimalValue().compareTo((BigDecimal) expected.get("reserved")) == 0
                    && credit.get("outstanding").decimalValue().compareTo((BigDecimal) expected.get("outstanding")) == 0
                    && credit.get("paymentTerms").asText().equals(expected.get("paymentTerms"));
        });
        JsonNode credit = buyer.get("/v1/buyers/me/credit").data();
        assertThat(credit.get("creditLimit").decimalValue()).isEqualByComparingTo("50000");
        assertThat(credit.get("paymentTerms").asText()).isEqualTo("NET15");
        assertThat(credit.get("reserved").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("3240.00"));
        assertThat(credit.get("available").decimalValue()).isEqualByComparingTo(credit.get("creditLimit").decimalValue()
                .subtract(credit.get("reserved").decimalValue()).subtract(credit.get("outstanding").decimalValue()));
        assertThat(credit.get("overdue").decimalValue()).isEqualByComparingTo("0");

        JsonNode cod = as(BUYER_POKHARA_COD_PHONE).get("/v1/buyers/me/credit").data();
        assertThat(cod.get("paymentTerms").asText()).isEqualTo("COD");
        assertThat(cod.get("available").decimalValue()).isEqualByComparingTo("0");
        assertThat(as(VENDOR_KTM_PHONE).get("/v1/buyers/me/credit").status()).isEqualTo(403);
    }

    @Test
    void usersMeShowsTheCallersAccountAndProfile() {
        JsonNode buyer = as(BUYER_KIRTIPUR_PHONE).get("/v1/users/me").data();
        assertThat(buyer.get("id").asText()).isEqualTo(userId(BUYER_KIRTIPUR_PHONE));
        assertThat(buyer.get("role").asText()).isEqualTo("BUYER");
        assertThat(buyer.get("phone").asText()).isEqualTo(BUYER_KIRTIPUR_PHONE);
        assertThat(buyer.at("/profile/businessName").asText()).isEqualTo("Adhikari Pasal");
        assertThat(buyer.at("/profile/ownerName").asText()).isEqualTo("Hari Prasad Adhikari");
        assertThat(buyer.at("/profile/city").asText()).isEqualTo("Kirtipur");
        assertThat(buyer.at("/profile/address").asText()).isEqualTo("Kirtipur-3, Naya Bazar");

        JsonNode vendor = as(VENDOR_KTM_PHONE).get("/v1/users/me").data();
        assertThat(vendor.get("role").asText()).isEqualTo("VENDOR");
        assertThat(vendor.get("displayName").asText()).isEqualTo("Annapurna Khadya Bhandar");
        assertThat(vendor.at("/profile/city").asText()).isEqualTo("Kathmandu");
        List<String> areas = new ArrayList<>();
        vendor.at("/profile/deliveryAreas").forEach(area -> areas.add(area.asText()));
        assertThat(areas).containsExactly("Kathmandu", "Lalitpur", "Bhaktapur", "Kirtipur", "Pokhara");
        assertThat(vendor.at("/profile/minOrderAmount").decimalValue()).isEqualByComparingTo("5000");

        JsonNode admin = as(ADMIN_PHONE).get("/v1/users/me").data();
        assertThat(admin.get("role").asText()).isEqualTo("ADMIN");
        assertThat(admin.get("displayName").asText()).isEqualTo("Sita Admin");
        assertThat(admin.has("profile")).isFalse();
    }

    @Test
    void anOrderStreamSendsTheOrderThenEachChange() throws Exception {
        Api buyer = as(BUYER_KIRTIPUR_PHONE);
        String id = place(buyer, "JUICE-REAL-MIXED-1L", 12);
        awaitOrder(buyer, id, order -> order.get("status").asText().equals("AWAITING_VENDOR"));

        try (EventStreamClient stream = stream(BUYER_KIRTIPUR_PHONE, "/v1/orders/" + id + "/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            EventStreamClient.Event initial = stream.next(STREAM_WAIT);
            assertThat(initial.name()).isEqualTo("order");
            assertThat(json.readTree(initial.data()).get("status").asText()).isEqualTo("AWAITING_VENDOR");

            assertThat(as(VENDOR_LTP_PHONE).put("/v1/orders/" + id + "/status", Map.of("status", "CONFIRMED",
                    "deliveryDate", LocalDate.now(NEPAL).plusDays(1).toString())).status()).isEqualTo(200);
            EventStreamClient.Event update = stream.nextMatching(STREAM_WAIT, event -> status(event).equals("CONFIRMED"));
            JsonNode confirmed = json.readTree(update.data());
            assertThat(confirmed.get("id").asText()).isEqualTo(id);
            assertThat(confirmed.get("deliveryDate").asText()).isEqualTo(LocalDate.now(NEPAL).plusDays(1).toString());
        }
        // the server notices the client is gone at its next update, and ends the subscription
        assertThat(as(VENDOR_LTP_PHONE).put("/v1/orders/" + id + "/status", Map.of("status", "DISPATCHED")).status())
                .isEqualTo(200);
        Eventually.waitUntil("the subscription of the closed stream ended", () -> updateEmitter.activeSubscriptions()
                .stream().noneMatch(s -> s.getPayload() instanceof FindOrder q && q.orderId().value().equals(id)));
    }

    @Test
    void theInboxStreamSendsTheInboxThenEachNewOrder() {
        try (EventStreamClient stream = stream(VENDOR_LTP_PHONE, "/v1/vendors/me/inbox/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            EventStreamClient.Event initial = stream.next(STREAM_WAIT);
            assertThat(initial.name()).isEqualTo("inbox");
            assertThat(tree(initial).get("vendorId").asText()).isEqualTo(userId(VENDOR_LTP_PHONE));

            String id = place(as(BUYER_KIRTIPUR_PHONE), "WATER-1L-CTN", 14);
            EventStreamClient.Event arrived = stream.nextMatching(STREAM_WAIT,
                    event -> tree(event).get("orders").findValuesAsText("orderId").contains(id));
            JsonNode entry = null;
            for (JsonNode order : tree(arrived).get("orders")) {
                entry = order.get("orderId").asText().equals(id) ? order : entry;
            }
            assertThat(entry.get("secondsLeft").asLong()).isPositive();
        }
        try (EventStreamClient refused = stream(BUYER_KIRTIPUR_PHONE, "/v1/vendors/me/inbox/stream")) {
            assertThat(refused.status()).isEqualTo(403);
        }
    }

    private String place(Api buyer, String sku, int quantity) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", sku, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.data().get("orders")).hasSize(1);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }

    /** The order as its reader sees it, once the read model shows what the test waits for. */
    private static JsonNode awaitOrder(Api reader, String id, Predicate<JsonNode> condition) {
        return Eventually.waitFor("order " + id + " as expected in the read model", () -> {
            var reply = reader.get("/v1/orders/" + id);
            return reply.status() == 200 && condition.test(reply.data()) ? reply.data() : null;
        });
    }

    private static JsonNode list(Api reader, String query) {
        var reply = reader.get("/v1/orders" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.data();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsText("id");
    }

    private static JsonNode inboxEntry(Api vendor, String id) {
        for (JsonNode order : vendor.get("/v1/vendors/me/inbox?size=100").data().get("items")) {
            if (order.get("orderId").asText().equals(id)) {
                return order;
            }
        }
        return null;
    }

    private static List<String> actor(JsonNode step) {
        JsonNode actor = step.get("actor");
        return List.of(actor.get("userId").asText(), actor.get("role").asText(), actor.get("channel").asText());
    }

    /** The account's figures after its last event, as the credit events state them. */
    private static Map<String, Object> creditFromEvents(List<Object> events) {
        Money limit = Money.ZERO;
        Money reserved = Money.ZERO;
        Money outstanding = Money.ZERO;
        String terms = null;
        for (Object event : events) {
            if (event instanceof CreditAccountOpened e) {
                limit = e.creditLimit();
                terms = e.paymentTerms().name();
            } else if (event instanceof CreditTermsChanged e) {
                limit = e.creditLimit();
                terms = e.paymentTerms().name();
                reserved = e.reserved();
                outstanding = e.outstanding();
            } else if (event instanceof CreditReserved e) {
                reserved = e.reserved();
                outstanding = e.outstanding();
            } else if (event instanceof CreditReservationAdjusted e) {
                reserved = e.reserved();
                outstanding = e.outstanding();
            } else if (event instanceof CreditReleased e) {
                reserved = e.reserved();
                outstanding = e.outstanding();
            } else if (event instanceof CreditCharged e) {
                reserved = e.reserved();
                outstanding = e.outstanding();
            } else if (event instanceof CreditRepaid e) {
                reserved = e.reserved();
                outstanding = e.outstanding();
            }
        }
        return Map.of("creditLimit", limit.amount(), "reserved", reserved.amount(), "outstanding", outstanding.amount(),
                "paymentTerms", terms);
    }

    private EventStreamClient stream(String phone, String path) {
        var user = users.byPhone(phone).orElseThrow();
        return EventStreamClient.open(port, tokens.issue(user.id(), user.role(), user.phone(), Channel.API), path);
    }

    private String status(EventStreamClient.Event event) {
        return tree(event).get("status").asText();
    }

    private JsonNode tree(EventStreamClient.Event event) {
        try {
            return json.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }
}

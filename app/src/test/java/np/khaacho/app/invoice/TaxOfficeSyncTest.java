package np.khaacho.app.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.CbmsStub;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.kernel.invoice.InvoiceReportedToTaxOffice;
import np.khaacho.kernel.invoice.TaxOfficeState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance with CBMS enabled reports the VAT-registered demo vendor's invoices and a credit note to a
 * local CBMS that first refuses every report, then loses one unanswered, refuses one as wrong (sent again only when
 * an admin sends it now) and two for now, and holds the answers to two more past the client's timeout (saving them all the same). While it
 * refuses, the invoice shows RETRYING, and the one refused as wrong REFUSED; in the end CBMS holds every
 * document exactly once with the right PAN, number, BS date and amounts, the credit note went only after
 * its invoice was accepted, the vendor and the admin see ACCEPTED, and each invoice recorded one event per
 * change of state, not one per attempt. The shared application, without CBMS, queues nothing.
 */
class TaxOfficeSyncTest extends IntegrationTest {

    private static final String DATABASE = "khaacho_cluster_tax_office";
    private static final String CBMS_USER = "khaacho-cbms";
    private static final String CBMS_PASSWORD = "cbms-test-password";
    private static final String SELLER_PAN = "301234567";
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(800);
    private static final List<String> BUYERS = List.of(BUYER_KTM_PHONE, "+9779841100203", "+9779861100205",
            "+9779841100206", BUYER_KTM_PHONE);

    private static CbmsStub cbms;
    private static ClusterNode node;

    @BeforeAll
    static void anInstanceReportingToCbms() throws Exception {
        cbms = CbmsStub.start(CBMS_USER, CBMS_PASSWORD);
        TestDatabase.recreate(DATABASE);
        node = ClusterNode.start("cbms", DATABASE,
                "--khaacho.cbms.enabled=true",
                "--khaacho.cbms.base-url=" + cbms.url(),
                "--khaacho.cbms.username=" + CBMS_USER,
                "--khaacho.cbms.password=" + CBMS_PASSWORD,
                "--khaacho.cbms.timeout=" + CLIENT_TIMEOUT,
                "--khaacho.cbms.claim-for=PT5S",
                "--khaacho.cbms.poll-interval=PT0.1S",
                "--khaacho.cbms.backoff=PT0.2S",
                "--khaacho.cbms.max-backoff=PT1S",
                "--khaacho.cbms.refused-pause=PT10M");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
            if (cbms != null) {
                cbms.stop();
            }
        } finally {
            TestDatabase.drop(DATABASE);
        }
    }

    @Test
    void everyInvoiceAndCreditNoteReachesCbmsOnceThroughRefusalsAndTimeouts() {
        Api vendor = node.as(VENDOR_KTM_PHONE);
        Api admin = node.as(ADMIN_PHONE);
        List<String> orders = new ArrayList<>();
        for (String phone : BUYERS) {
            Api buyer = node.as(phone);
            var placed = buyer.post("/v1/orders", Map.of("items", List.of(
                    Map.of("sku", "RICE-JEERA-25KG", "quantity", 1), Map.of("sku", "GHEE-DDC-1L", "quantity", 3))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String orderId = placed.data().get("orders").get(0).get("orderId").asText();
            OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
            OrderSteps.confirm(vendor, orderId);
            orders.add(orderId);
        }

        // CBMS fails every report: the first invoice waits, RETRYING, and so does its credit note, QUEUED
        cbms.refuseEverything(102);
        OrderSteps.dispatchAndDeliver(vendor, orders.get(0));
        JsonNode first = Eventually.waitFor("the first invoice shows RETRYING",
                () -> withState(invoices(vendor, orders.get(0)), "INVOICE", "RETRYING"));
        assertThat(first.get("taxOfficeDetail").asText()).startsWith("102");
        assertThat(withState(invoices(admin, orders.get(0)), "INVOICE", "RETRYING")).as("as the admin sees it")
                .isNotNull();
        String invoiceId = first.get("invoiceId").asText();
        var credited = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "1 pouch returned",
                "lines", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 1))));
        assertThat(credited.status()).as(credited.toString()).isEqualTo(200);
        Eventually.waitFor("the credit note shows QUEUED",
                () -> withState(invoices(vendor, orders.get(0)), "CREDIT_NOTE", "QUEUED"));
        Eventually.waitUntil("CBMS refused the first invoice a few times",
                () -> cbms.requests().stream().filter(r -> r.answer() == 102).count() >= 3);
        assertThat(cbms.bills()).isEmpty();

        // then one report is lost, one refused as wrong, two refused for now, and two saved but answered
        // after the client gave up
        cbms.stopRefusing();
        // the first invoice and its credit note go through before the next faults are armed, so that none
        // of them lands on the first invoice (a credit note waits behind its refused invoice)
        Eventually.waitUntil("the first invoice and its credit note are accepted once CBMS answers again",
                Duration.ofSeconds(45), () -> allAccepted(invoices(vendor, orders.get(0))));
        cbms.loseNext(1, CLIENT_TIMEOUT.multipliedBy(3));
        cbms.refuseNext(1, 104);
        cbms.refuseNext(2, 103);
        cbms.holdNext(2, CLIENT_TIMEOUT.multipliedBy(3));
        for (String orderId : orders.subList(1, orders.size())) {
            OrderSteps.dispatchAndDeliver(vendor, orderId);
        }
        JsonNode refused = Eventually.waitFor("a report refused as wrong shows REFUSED", () -> orders.stream()
                .map(orderId -> withState(invoices(admin, orderId), "INVOICE", "REFUSED")).filter(Objects::nonNull)
                .findFirst().orElse(null));
        assertThat(refused.get("taxOfficeDetail").asText()).startsWith("104");
        String refusedId = refused.get("invoiceId").asText();

        // the rest are accepted; the one refused as wrong waits its long pause until an admin sends it now
        Eventually.waitUntil("every other document is accepted", Duration.ofSeconds(45),
                () -> orders.stream().flatMap(orderId -> StreamSupport.stream(invoices(vendor, orderId).spliterator(), false))
                        .allMatch(d -> refusedId.equals(d.get("invoiceId").asText())
                                || "ACCEPTED".equals(d.path("taxOfficeState").asText())));
        JsonNode queue = admin.get("/v1/admin/tax-office/reports?state=refused").data();
        assertThat(queue.get("total").asLong()).as(queue.toString()).isEqualTo(1);
        JsonNode waiting = queue.get("items").get(0);
        assertThat(waiting.get("invoiceId").asText()).isEqualTo(refusedId);
        assertThat(waiting.get("detail").asText()).startsWith("104");
        assertThat(Instant.parse(waiting.get("nextAttemptAt").asText())).as("the long pause")
                .isAfter(Instant.now().plus(Duration.ofMinutes(5)));
        JsonNode summary = admin.get("/v1/admin/tax-office").data();
        assertThat(summary.get("enabled").asBoolean()).isTrue();
        assertThat(summary.get("counts").get("REFUSED").asLong()).isEqualTo(1);
        assertThat(summary.get("counts").get("ACCEPTED").asLong()).isEqualTo(orders.size());
        assertThat(vendor.post("/v1/admin/tax-office/reports/" + refusedId + "/send-now", Map.of()).status())
                .as("admins only").isEqualTo(403);
        assertThat(admin.post("/v1/admin/tax-office/reports/" + first.get("invoiceId").asText() + "/send-now", Map.of())
                .status()).as("an accepted report is not sent again").isEqualTo(409);
        assertThat(admin.post("/v1/admin/tax-office/reports/no-such-invoice/send-now", Map.of()).status()).isEqualTo(404);
        var sent = admin.post("/v1/admin/tax-office/reports/" + refusedId + "/send-now", Map.of());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        Eventually.waitUntil("every document is accepted, as the vendor sees it", Duration.ofSeconds(45),
                () -> orders.stream().allMatch(orderId -> allAccepted(invoices(vendor, orderId))));
        assertThat(admin.get("/v1/admin/tax-office/reports").data().get("total").asLong()).as("the queue is empty")
                .isZero();

        List<JsonNode> documents = new ArrayList<>();
        for (String orderId : orders) {
            JsonNode seen = invoices(admin, orderId);
            assertThat(allAccepted(seen)).as("as the admin sees %s", orderId).isTrue();
            seen.forEach(documents::add);
        }
        assertThat(documents).hasSize(orders.size() + 1);
        assertThat(cbms.bills()).as("every invoice once").hasSize(orders.size());
        assertThat(cbms.returns()).as("the credit note once").hasSize(1);
        for (JsonNode document : documents) {
            boolean creditNote = "CREDIT_NOTE".equals(document.get("kind").asText());
            String number = document.get("number").asText();
            CbmsStub.Saved saved = (creditNote ? cbms.returns() : cbms.bills()).get(CbmsStub.key(SELLER_PAN, number));
            assertThat(saved).as("CBMS holds %s", number).isNotNull();
            Map<String, Object> report = saved.body();
            assertThat(report.get(creditNote ? "credit_note_date" : "invoice_date"))
                    .isEqualTo(document.get("issuedOnBs").asText().replace('-', '.'));
            int startYear = Integer.parseInt(document.get("fiscalYear").asText().substring(0, 4));
            assertThat(report.get("fiscal_year"))
                    .isEqualTo(String.format("%d.%03d", startYear, (startYear + 1) % 1000));
            assertThat(report.get("buyer_pan")).isEqualTo(document.path("buyerPan").asText(""));
            assertThat(report.get("buyer_name")).isEqualTo(document.get("buyerName").asText());
            assertAmount(report, "taxable_sales_vat", document, "taxableAmount");
            assertAmount(report, "vat", document, "vatAmount");
            assertAmount(report, "tax_exempted_sales", document, "exemptAmount");
            assertAmount(report, "total_sales", document, "totalAmount");
            assertThat(report.get("username")).isEqualTo(CBMS_USER);
            assertThat(report.get("password")).isEqualTo(CBMS_PASSWORD);
            assertThat(LocalDateTime.parse((String) report.get("datetimeClient"))).isNotNull();
            assertThat(cbms.requests().stream().filter(r -> r.number().equals(number) && r.answer() == 200).count())
                    .as("saved once: %s", number).isEqualTo(1);
            if (creditNote) {
                assertThat(report.get("ref_invoice_number")).isEqualTo(first.get("number").asText());
                assertThat(report.get("reason_for_return")).isEqualTo("1 pouch returned");
            }
        }
        assertThat(documents).as("exempt rice on every invoice")
                .anySatisfy(document -> assertThat(document.get("exemptAmount").decimalValue()).isPositive());

        Instant firstSaved = cbms.bills().get(CbmsStub.key(SELLER_PAN, first.get("number").asText())).savedAt();
        assertThat(cbms.requests()).filteredOn(CbmsStub.Request::isReturn).allSatisfy(request -> {
            assertThat(request.receivedAt()).as("a credit note only after its invoice").isAfterOrEqualTo(firstSaved);
            assertThat(request.answer()).isNotEqualTo(105);
        });
        assertThat(cbms.requests()).allSatisfy(request -> assertThat(request.body().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        request.isReturn() ? CbmsStub.BILL_RETURN_FIELDS : CbmsStub.BILL_FIELDS));
        assertThat(cbms.requests()).as("the held answers: tried again, CBMS already had them")
                .filteredOn(request -> request.answer() == 101).hasSizeGreaterThanOrEqualTo(2);
        assertThat(documents).filteredOn(document -> document.get("taxOfficeDetail").asText().startsWith("101"))
                .hasSizeGreaterThanOrEqualTo(2);

        List<TaxOfficeState> changes = node.log.payloads(invoiceId).stream()
                .filter(InvoiceReportedToTaxOffice.class::isInstance).map(InvoiceReportedToTaxOffice.class::cast)
                .map(InvoiceReportedToTaxOffice::state).toList();
        assertThat(changes).as("one event per change of state, however many attempts")
                .containsExactly(TaxOfficeState.QUEUED, TaxOfficeState.RETRYING, TaxOfficeState.ACCEPTED);
        List<TaxOfficeState> refusedChanges = node.log.payloads(refused.get("invoiceId").asText()).stream()
                .filter(InvoiceReportedToTaxOffice.class::isInstance).map(InvoiceReportedToTaxOffice.class::cast)
                .map(InvoiceReportedToTaxOffice::state).toList();
        assertThat(refusedChanges).as("refused, then sent again when the admin asked").contains(TaxOfficeState.REFUSED)
                .endsWith(TaxOfficeState.ACCEPTED);
        assertThat(node.jdbc.queryForObject("SELECT count(*) FROM messaging.cbms_reports WHERE state = 'ACCEPTED'",
                Long.class)).as("no report lost").isEqualTo(orders.size() + 1L);
    }

    @Test
    void anApplicationWithoutCbmsQueuesNothing() {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        String orderId = OrderSteps.placeAwaitingVendor(buyer, "GHEE-DDC-1L", 10);
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);
        JsonNode invoice = Eventually.waitFor("the order is invoiced", () -> {
            JsonNode page = invoices(vendor, orderId);
            return page.size() == 1 ? page.get(0) : null;
        });
        assertThat(invoice.has("taxOfficeState")).as(invoice.toString()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.cbms_reports", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.token_entry WHERE processorname = 'tax-office'",
                Long.class)).as("no tax-office processor").isZero();
    }

    private static JsonNode invoices(Api reader, String orderId) {
        var page = reader.get("/v1/invoices?orderId=" + orderId);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.data().get("items");
    }

    private static JsonNode withState(JsonNode items, String kind, String state) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> kind.equals(item.get("kind").asText())
                        && state.equals(item.path("taxOfficeState").asText()))
                .findFirst().orElse(null);
    }

    private static boolean allAccepted(JsonNode items) {
        return items.size() > 0 && StreamSupport.stream(items.spliterator(), false)
                .allMatch(item -> "ACCEPTED".equals(item.path("taxOfficeState").asText()));
    }

    private static void assertAmount(Map<String, Object> report, String field, JsonNode document, String amount) {
        assertThat(new BigDecimal(String.valueOf(report.get(field)))).as(field)
                .isEqualByComparingTo(document.get(amount).decimalValue());
    }
}

package np.khaacho.app.payment;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.faults.PaymentLedgerAudit;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.WalletStub;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.PaymentGateway;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import np.khaacho.kernel.payment.UnappliedCreditRefunded;
import np.khaacho.kernel.payment.UnappliedReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying from a link with Khalti and eSewa, against local stand-ins that behave as their merchant
 * documents say. Only the gateway's own lookup records a payment; the return redirects are hints. Each
 * case ends with the ledger audit: every paisa a gateway took appears once, on orders or held unapplied,
 * and every share on an order is one order payment of the same amount.
 */
class WalletPaymentsTest extends IntegrationTest {

    private static final String DATABASE = "khaacho_cluster_wallets";
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(800);

    private static WalletStub wallets;
    private static ClusterNode node;

    @BeforeAll
    static void anInstanceWithBothWallets() throws Exception {
        wallets = WalletStub.start();
        TestDatabase.recreate(DATABASE);
        List<String> settings = new ArrayList<>(wallets.arguments());
        settings.addAll(List.of("--khaacho.payments.check-every=PT0.3S",
                "--khaacho.payments.khalti.timeout=" + CLIENT_TIMEOUT,
                "--khaacho.payments.esewa.timeout=" + CLIENT_TIMEOUT));
        node = ClusterNode.start("wallets", DATABASE, settings.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
            if (wallets != null) {
                wallets.stop();
            }
        } finally {
            TestDatabase.drop(DATABASE);
        }
    }

    @Test
    void khaltiPaysWhatIsOwedOnceHoweverOftenTheBuyerComesBack() {
        Api buyer = node.as(BUYER_KTM_PHONE);
        String orderId = deliveredOrder(buyer);
        Money owed = owed(buyer);
        assertThat(owed.isPositive()).isTrue();

        JsonNode opened = checkout(buyer, Map.of("gateway", "KHALTI"));
        assertThat(new BigDecimal(opened.get("amount").asText())).isEqualByComparingTo(owed.amount());
        String linkId = opened.get("linkId").asText();
        WalletStub.Payment payment = wallets.khaltiByOrder(linkId);
        assertThat(payment).as("Khalti was asked, with the key, for the amount in paisa").isNotNull();
        assertThat(payment.asked).isEqualTo(owed.amount().movePointRight(2).longValueExact());
        assertThat(opened.get("redirectUrl").asText()).endsWith("pidx=" + payment.reference);

        // back before paying: the lookup says Initiated, nothing is recorded
        assertThat(khaltiReturn(payment.reference).status()).isEqualTo(303);
        assertThat(link(buyer, linkId).get("state").asText()).isEqualTo("OPEN");
        assertThat(received(buyer)).isEmpty();

        // paid; the buyer comes back five times at once, and once more later
        wallets.complete(payment);
        List<CompletableFuture<Api.Reply>> returns = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> khaltiReturn(payment.reference))).toList();
        returns.forEach(r -> assertThat(r.join().status()).isEqualTo(303));
        Api.Reply again = khaltiReturn(payment.reference);
        assertThat(again.headers().firstValue("Location").orElse("")).isEqualTo("/buyer.html#payment=" + linkId);
        assertThat(link(buyer, linkId).get("state").asText()).isEqualTo("COMPLETED");

        List<PaymentReceived> received = received(buyer);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).gateway()).isEqualTo(PaymentGateway.KHALTI);
        assertThat(received.get(0).unapplied().isZero()).isTrue();
        assertThat(received.get(0).shares()).extracting(PaymentShare::orderId).extracting(Object::toString).contains(orderId);
        OrderSteps.awaitStatus(buyer, orderId, "PAID");
        assertLedger(buyer);
    }

    @Test
    void aForgedOrEarlyReturnRecordsNothingAndAWrongAmountIsHeldNotApplied() {
        Api buyer = node.as("+9779841100203");
        String orderId = deliveredOrder(buyer);
        JsonNode opened = checkout(buyer, Map.of("gateway", "KHALTI"));
        WalletStub.Payment payment = wallets.khaltiByOrder(opened.get("linkId").asText());

        // a return that claims completion while Khalti says Pending; a pidx Khalti never issued
        wallets.setStatus(payment, "Pending");
        assertThat(node.anonymous().get("/v1/payments/khalti/return?pidx=" + payment.reference
                + "&status=Completed&amount=" + payment.asked + "&purchase_order_id=" + opened.get("linkId").asText())
                .status()).isEqualTo(303);
        assertThat(khaltiReturn("forged-pidx-000000000").status()).isEqualTo(404);
        assertThat(received(buyer)).isEmpty();

        // Khalti took less than the link asked: held on the account with why, the order still unpaid
        wallets.complete(payment, payment.asked - 10_000);
        khaltiReturn(payment.reference);
        List<PaymentReceived> received = received(buyer);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).shares()).isEmpty();
        assertThat(received.get(0).reason()).isEqualTo(UnappliedReason.AMOUNT_DIFFERS);
        assertThat(received.get(0).unapplied().amount()).isEqualByComparingTo(BigDecimal.valueOf(payment.asked - 10_000, 2));
        assertThat(buyer.get("/v1/orders/" + orderId).data().get("status").asText()).isEqualTo("DELIVERED");

        // the admin sees it held, the buyer sees the payment with why it was not applied
        String buyerId = node.userId("+9779841100203");
        Api admin = node.as(ADMIN_PHONE).withHeader("Idempotency-Key", "refund-" + System.nanoTime());
        JsonNode held = Eventually.waitFor("the admin sees the money held", () -> heldFor(buyerId));
        assertThat(held.get("balance").decimalValue()).isEqualByComparingTo(received.get(0).unapplied().amount());
        JsonNode listed = buyer.get("/v1/payments/received").data().get("items").get(0);
        assertThat(listed.get("reason").asText()).isEqualTo("AMOUNT_DIFFERS");
        assertThat(listed.get("gateway").asText()).isEqualTo("KHALTI");
        assertThat(listed.get("applied").decimalValue()).isZero();
        assertThat(node.as("+9779861100205").get("/v1/payments/received?buyerId=" + buyerId).status())
                .as("another buyer's payments").isEqualTo(403);

        // the admin pays it back; not more than is held, and a repeated refund counts once
        assertThat(admin.post("/v1/buyers/" + buyerId + "/refunds", Map.of("amount", 1_000_000, "note", "too much"))
                .status()).isEqualTo(422);
        Map<String, Object> refund = Map.of("amount", received.get(0).unapplied().amount(), "note", "paid back by bank");
        assertThat(admin.post("/v1/buyers/" + buyerId + "/refunds", refund).status()).isEqualTo(201);
        assertThat(admin.post("/v1/buyers/" + buyerId + "/refunds", refund).status()).isEqualTo(201);
        assertThat(node.as(BUYER_KTM_PHONE).post("/v1/buyers/" + buyerId + "/refunds", refund).status()).isEqualTo(403);
        assertThat(node.log.count(PaymentAccountId.of(BuyerId.of(buyerId)).value(), UnappliedCreditRefunded.class)).isEqualTo(1);
        Eventually.waitUntil("nothing is held any more", () -> heldFor(buyerId) == null);
        assertLedger(buyer);
    }

    private static JsonNode heldFor(String buyerId) {
        for (JsonNode held : node.as(ADMIN_PHONE).get("/v1/admin/payments/unapplied").data()) {
            if (held.get("buyerId").asText().equals(buyerId)) {
                return held;
            }
        }
        return null;
    }

    @Test
    void aPaymentThatCompletesLateOrBehindATimeoutIsFoundByTheChecker() {
        Api buyer = node.as("+9779861100205");
        String first = deliveredOrder(buyer);
        String second = deliveredOrder(buyer);
        Money owed = owed(buyer);

        // the buyer pays more than is owed and never comes back; Khalti first answers too slowly
        Money more = owed.plus(Money.of(250));
        JsonNode opened = checkout(buyer, Map.of("gateway", "KHALTI", "amount", more.amount()));
        String linkId = opened.get("linkId").asText();
        WalletStub.Payment payment = wallets.khaltiByOrder(linkId);
        wallets.slowNext(3, CLIENT_TIMEOUT.multipliedBy(2));
        wallets.complete(payment);
        Eventually.waitUntil("the checker found the payment", Duration.ofSeconds(30),
                () -> "COMPLETED".equals(link(buyer, linkId).get("state").asText()));
        OrderSteps.awaitStatus(buyer, first, "PAID");
        OrderSteps.awaitStatus(buyer, second, "PAID");
        List<PaymentReceived> received = received(buyer);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).shares()).hasSize(2);
        assertThat(received.get(0).reason()).isEqualTo(UnappliedReason.MORE_THAN_OWED);
        assertThat(received.get(0).unapplied().amount()).isEqualByComparingTo("250");
        assertLedger(buyer);
    }

    @Test
    void moneyHeldGoesToTheNextOrderDeliveredOnceAndTheBuyerIsTold() {
        Api buyer = node.as("+9779808100207");
        String buyerId = node.userId("+9779808100207");
        String first = deliveredOrder(buyer);
        Money more = owed(buyer).plus(Money.of(1000));
        JsonNode opened = checkout(buyer, Map.of("gateway", "KHALTI", "amount", more.amount()));
        WalletStub.Payment payment = wallets.khaltiByOrder(opened.get("linkId").asText());
        wallets.complete(payment);
        khaltiReturn(payment.reference);
        OrderSteps.awaitStatus(buyer, first, "PAID");
        Eventually.waitFor("1,000 held", () -> heldFor(buyerId));

        // the next order delivered takes what is held, by itself, once
        String second = deliveredOrder(buyer);
        JsonNode partly = Eventually.waitFor("the held money on the new order", () -> {
            JsonNode read = buyer.get("/v1/orders/" + second).data();
            return read.get("paidAmount").decimalValue().signum() > 0 ? read : null;
        });
        assertThat(partly.get("paidAmount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(partly.get("status").asText()).isEqualTo("DELIVERED");
        List<UnappliedCreditApplied> applied = node.log.payloads(PaymentAccountId.of(BuyerId.of(buyerId)).value())
                .stream().filter(UnappliedCreditApplied.class::isInstance).map(UnappliedCreditApplied.class::cast).toList();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).shares()).extracting(PaymentShare::orderId).extracting(Object::toString).containsExactly(second);
        assertThat(applied.get(0).unappliedBalance().isZero()).isTrue();
        Eventually.waitUntil("nothing is held any more", () -> heldFor(buyerId) == null);
        String told = Eventually.waitFor("the buyer is told", () -> node.jdbc.queryForList("""
                SELECT body FROM messaging.outbox WHERE recipient_id = ? AND kind = 'PAYMENT_RECEIPT'
                ORDER BY id DESC""", String.class, buyerId).stream().filter(body -> body.contains("1,000.00"))
                .filter(body -> body.contains("held on your account went to") || body.contains("मिलाइयो"))
                .findFirst().orElse(null));
        assertThat(told).isNotNull();

        // an admin asking again finds nothing held; only admins may ask
        Api admin = node.as(ADMIN_PHONE).withHeader("Idempotency-Key", "apply-" + System.nanoTime());
        var again = admin.post("/v1/buyers/" + buyerId + "/held/apply", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().get("applied").decimalValue()).isZero();
        assertThat(buyer.post("/v1/buyers/" + buyerId + "/held/apply", Map.of()).status()).isEqualTo(403);
        assertLedger(buyer);
    }

    @Test
    void eSewaTakesTheSignedFormAndOnlyItsStatusCheckRecordsThePayment() {
        Api buyer = node.as("+9779841100206");
        String orderId = deliveredOrder(buyer);
        JsonNode opened = checkout(buyer, Map.of("gateway", "ESEWA"));
        JsonNode form = opened.get("form");
        assertThat(form.get("url").asText()).isEqualTo(wallets.url() + "/api/epay/main/v2/form");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        assertThat(fields.get("signed_field_names")).isEqualTo("total_amount,transaction_uuid,product_code");

        // the buyer's browser posts the form: eSewa checks the signature with the merchant's key
        assertThat(postForm(form.get("url").asText(), fields)).as("eSewa takes the signed form").isEqualTo(200);
        Map<String, String> tampered = new java.util.LinkedHashMap<>(fields);
        tampered.put("total_amount", "1");
        tampered.put("amount", "1");
        assertThat(postForm(form.get("url").asText(), tampered)).as("a changed amount breaks the signature").isEqualTo(400);
        WalletStub.Payment payment = wallets.esewa(fields.get("transaction_uuid"));

        // a success redirect signed with another key, claiming COMPLETE while eSewa says PENDING
        String forged = wallets.esewaSuccessData(payment, "COMPLETE", "not-the-merchant-key");
        assertThat(node.anonymous().get("/v1/payments/esewa/success?data=" + encode(forged)).status()).isEqualTo(403);
        assertThat(node.anonymous().get("/v1/payments/esewa/success?data=bm90IGpzb24=").status()).isEqualTo(403);
        String early = wallets.esewaSuccessData(payment, "COMPLETE", WalletStub.ESEWA_KEY);
        assertThat(node.anonymous().get("/v1/payments/esewa/success?data=" + encode(early)).status())
                .as("signed, but the status check says PENDING").isEqualTo(303);
        assertThat(received(buyer)).isEmpty();

        wallets.complete(payment);
        for (int i = 0; i < 3; i++) {
            assertThat(node.anonymous().get("/v1/payments/esewa/success?data=" + encode(early)).status()).isEqualTo(303);
        }
        assertThat(link(buyer, opened.get("linkId").asText()).get("state").asText()).isEqualTo("COMPLETED");
        assertThat(received(buyer)).hasSize(1).first().satisfies(p -> {
            assertThat(p.gateway()).isEqualTo(PaymentGateway.ESEWA);
            assertThat(p.unapplied().isZero()).isTrue();
        });
        OrderSteps.awaitStatus(buyer, orderId, "PAID");
        assertLedger(buyer);
    }

    @Test
    void checkoutIsForTheBuyerOrAnAdminAndRefusesWhatIsNotAPayment() {
        Api buyer = node.as(BUYER_POKHARA_COD_PHONE);
        assertThat(buyer.post("/v1/payments/checkout", Map.of("gateway", "PAYPAL", "amount", 100)).status()).isEqualTo(400);
        assertThat(buyer.post("/v1/payments/checkout", Map.of("gateway", "KHALTI", "amount", -5)).status()).isEqualTo(400);
        assertThat(buyer.post("/v1/payments/checkout", Map.of("gateway", "KHALTI", "amount", "12.345")).status()).isEqualTo(400);
        assertThat(node.as(VENDOR_KTM_PHONE).post("/v1/payments/checkout", Map.of("gateway", "KHALTI", "amount", 100))
                .status()).isEqualTo(403);
        assertThat(node.anonymous().post("/v1/payments/checkout", Map.of("gateway", "KHALTI", "amount", 100)).status())
                .isEqualTo(401);
        JsonNode opened = checkout(node.as(ADMIN_PHONE), Map.of("gateway", "KHALTI", "amount", 500,
                "buyerId", node.userId(BUYER_POKHARA_COD_PHONE)));
        String linkId = opened.get("linkId").asText();
        assertThat(link(buyer, linkId).get("buyerId").asText()).isEqualTo(node.userId(BUYER_POKHARA_COD_PHONE));
        assertThat(node.as(BUYER_KTM_PHONE).get("/v1/payments/links/" + linkId).status()).as("another buyer's").isEqualTo(403);
        assertThat(buyer.get("/v1/payments/options").data().get("gateways")).hasSize(2);
    }

    // ---------- helpers ----------

    private static String deliveredOrder(Api buyer) {
        Api vendor = node.as(VENDOR_KTM_PHONE);
        String orderId = OrderSteps.placeAwaitingVendor(buyer, "RICE-JEERA-25KG", 3);
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);
        OrderSteps.awaitStatus(buyer, orderId, "DELIVERED");
        return orderId;
    }

    private static Money owed(Api buyer) {
        return Money.of(new BigDecimal(buyer.get("/v1/payments/options").data().get("owed").asText()));
    }

    private static JsonNode checkout(Api caller, Map<String, Object> body) {
        var opened = caller.post("/v1/payments/checkout", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return opened.data();
    }

    private static Api.Reply khaltiReturn(String pidx) {
        return node.anonymous().get("/v1/payments/khalti/return?pidx=" + encode(pidx) + "&status=Completed");
    }

    private static JsonNode link(Api reader, String linkId) {
        var link = reader.get("/v1/payments/links/" + linkId);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        return link.data();
    }

    private static List<PaymentReceived> received(Api buyer) {
        String buyerId = buyer.get("/v1/users/me").data().get("id").asText();
        return node.log.payloads(PaymentAccountId.of(BuyerId.of(buyerId)).value()).stream()
                .filter(PaymentReceived.class::isInstance).map(PaymentReceived.class::cast).toList();
    }

    /** The ledger audit of the fault tests ({@link PaymentLedgerAudit}) on this buyer, once the projections caught up. */
    private static void assertLedger(Api buyer) {
        String buyerId = buyer.get("/v1/users/me").data().get("id").asText();
        PaymentLedgerAudit audit = new PaymentLedgerAudit(node.jdbc);
        try {
            Eventually.waitUntil("the ledger audit is clean", () -> audit.problems(buyerId).isEmpty());
        } catch (AssertionError late) {
            assertThat(audit.problems(buyerId)).as("the ledger of " + buyerId).isEmpty();
        }
    }

    private static int postForm(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

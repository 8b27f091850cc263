package np.khaacho.app.credit;

import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor confirms part of an order (credit and stock follow), and one payment of the buyer is
 * spread over the buyer's delivered orders, oldest due first, exactly once.
 */
class PartialConfirmationAndBuyerPaymentTest extends IntegrationTest {

    private static final String BUYER = "+9779841100203";

    @Autowired
    private EventStore eventStore;

    @Test
    void partialConfirmationAdjustsHoldsAndOnePaymentSettlesOrdersOldestFirst() {
        EventLog log = new EventLog(eventStore);
        Api buyer = as(BUYER);
        Api vendor = as(VENDOR_LTP_PHONE);
        String first = place(buyer, Map.of("sku", "COKE-500ML-CTN", "quantity", 3), Map.of("sku", "FANTA-500ML-CTN", "quantity", 1));
        String second = place(buyer, Map.of("sku", "SPRITE-500ML-CTN", "quantity", 3));
        Eventually.waitUntil("both orders await the vendor", () ->
                log.has(first, OrderAwaitingVendor.class) && log.has(second, OrderAwaitingVendor.class));

        String delivery = LocalDate.now().plusDays(2).toString();
        var partial = vendor.put("/v1/orders/" + first + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", delivery, "items", List.of(Map.of("sku", "COKE-500ML-CTN", "quantity", 2),
                        Map.of("sku", "FANTA-500ML-CTN", "quantity", 0))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        OrderPartiallyConfirmed confirmed = (OrderPartiallyConfirmed) log.payloads(first).stream()
                .filter(OrderPartiallyConfirmed.class::isInstance).findFirst().orElseThrow();
        assertThat(confirmed.totalAmount().amount()).isEqualByComparingTo("2640.00");
        assertThat(confirmed.lines()).hasSize(1);

        String account = CreditAccountId.of(BuyerId.of(userId(BUYER))).value();
        String coke = StockId.of(DemoData.productId("COKE-500ML-CTN")).value();
        String fanta = StockId.of(DemoData.productId("FANTA-500ML-CTN")).value();
        Eventually.waitUntil("the credit hold follows the new total", () -> log.payloads(account).stream()
                .anyMatch(e -> e instanceof CreditReservationAdjusted a && a.orderId().value().equals(first)
                        && a.amount().amount().compareTo(confirmed.totalAmount().amount()) == 0));
        Eventually.waitUntil("the reduced line holds 2", () -> log.payloads(coke).stream()
                .anyMatch(e -> e instanceof StockReservationAdjusted a && a.orderId().value().equals(first)));
        Eventually.waitUntil("the dropped line is released", () -> log.payloads(fanta).stream()
                .anyMatch(e -> e instanceof StockReleased r && r.orderId().value().equals(first)));

        assertThat(vendor.put("/v1/orders/" + second + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", delivery)).status()).isEqualTo(200);
        for (String order : List.of(first, second)) {
            assertThat(vendor.put("/v1/orders/" + order + "/status", Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
            assertThat(vendor.put("/v1/orders/" + order + "/status", Map.of("status", "DELIVERED")).status()).isEqualTo(200);
        }
        Eventually.waitUntil("both deliveries are owed", () -> log.payloads(account).stream()
                .filter(e -> e instanceof CreditCharged c && List.of(first, second).contains(c.orderId().value()))
                .count() == 2);

        Api admin = as(ADMIN_PHONE).withHeader("Idempotency-Key", "cash-" + System.nanoTime());
        String buyerId = userId(BUYER);
        var tooMuch = admin.post("/v1/buyers/" + buyerId + "/payments", Map.of("amount", 1_000_000, "method", "CASH"));
        assertThat(tooMuch.errorCode()).isEqualTo("PAYMENT_EXCEEDS_BALANCE");

        var paid = admin.post("/v1/buyers/" + buyerId + "/payments", Map.of("amount", "3640.00", "method", "CASH"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.data().get("allocations")).hasSize(2);
        assertThat(log.has(first, OrderPaid.class)).isTrue();
        OrderPaymentRecorded share = (OrderPaymentRecorded) log.payloads(second).stream()
                .filter(OrderPaymentRecorded.class::isInstance).findFirst().orElseThrow();
        assertThat(share.amount().amount()).isEqualByComparingTo("1000.00");
        assertThat(share.balance().amount()).isEqualByComparingTo("2960.00");

        var again = admin.post("/v1/buyers/" + buyerId + "/payments", Map.of("amount", "3640.00", "method", "CASH"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.data().get("allocations")).isEmpty();
        assertThat(log.count(second, OrderPaymentRecorded.class)).isEqualTo(1);
        Eventually.waitUntil("the outstanding credit is repaid", () -> log.payloads(account).stream()
                .filter(e -> e instanceof CreditRepaid r && List.of(first, second).contains(r.orderId().value()))
                .count() == 2);
    }

    @SafeVarargs
    private String place(Api buyer, Map<String, Object>... items) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(items)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }
}

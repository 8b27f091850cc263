package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.PaymentGateway;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedReason;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReserved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault audit sees what it is there to see. A short load on the demo data leaves a store that passes
 * it; then each fault the audit was once blind to is put into that store (in a transaction of its own,
 * rolled back after the case) or into the record of what was sent, and the audit must report it. Each
 * fault is made to pass every other check: a second opening stock with the totals to match, a credit
 * limit the read model agrees with, a draft that was discarded with its row in the read model, a
 * reservation over the stock (or the credit) released again by the next event.
 */
class FaultAuditTest {

    private static final String DATABASE = "khaacho_fault_audit_test";
    private static final ObjectMapper EVENTS = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static List<FaultLoad.ApiOrder> apiOrders;
    private static List<FaultLoad.Message> messages;

    private Connection connection;
    private JdbcTemplate store;

    @BeforeAll
    static void aShortLoadAtRest() throws Exception {
        long seed = FaultLoad.seed(FaultAuditTest.class);
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        try (AppProcess app = AppProcess.withDemoData("fault-audit", DATABASE, twilio).start()) {
            FaultLoad load = FaultLoad.onDemoBuyers(app, seed).start();
            try (load) {
                Thread.sleep(8000);
                load.stop();
            }
            new FaultAudit(app.jdbc()).awaitRest(Duration.ofSeconds(60));
            apiOrders = load.apiOrders();
            messages = load.messages();
            System.out.println("FaultAuditTest load: " + load.summary());
        }
    }

    @AfterAll
    static void dropTheStore() throws SQLException {
        TestDatabase.drop(DATABASE);
    }

    @BeforeEach
    void oneTransaction() throws SQLException {
        connection = DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE,
                TestDatabase.USER, TestDatabase.PASSWORD);
        connection.setAutoCommit(false);
        store = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void rolledBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void theStoreTheLoadLeftPasses() {
        assertThat(apiOrders.stream().filter(FaultLoad.ApiOrder::accepted)).as("accepted API orders").isNotEmpty();
        assertThat(messages.stream().filter(m -> m.accepted() && m.isConfirmation())).as("confirmations").isNotEmpty();
        assertThat(audit(apiOrders)).isEmpty();
    }

    @Test
    void stockReceivedASecondTimeIsReported() {
        String stock = firstAggregateWith(StockReceived.class);
        StockReceived opening = payload(stock, 0, StockReceived.class);
        JsonNode last = lastReport(stock);
        append(stock, new StockReceived(opening.stockId(), opening.productId(), opening.quantity(), opening.reference(),
                quantity(last, "onHand").plus(opening.quantity()), quantity(last, "reserved")));
        store.update("UPDATE read_model.catalog_stock SET on_hand = on_hand + ? WHERE product_id = ?",
                opening.quantity().value(), opening.productId().value());

        assertThat(audit(apiOrders)).anySatisfy(problem ->
                assertThat(problem).startsWith(stock + " received [").contains("but its opening stock is"));
    }

    @Test
    void aCreditLimitOtherThanTheOneOpenedWithIsReported() {
        String account = firstAggregateWith(CreditAccountOpened.class);
        store.update("""
                UPDATE event_store.domain_event_entry
                SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, '{creditLimit}',
                    to_jsonb((convert_from(payload, 'UTF8')::jsonb ->> 'creditLimit')::numeric * 2))::text, 'UTF8')
                WHERE aggregateidentifier = ? AND payloadtype = ?""", account, CreditAccountOpened.class.getName());
        store.update("UPDATE read_model.buyer_credit SET credit_limit = credit_limit * 2 WHERE account_id = ?", account);

        assertThat(audit(apiOrders)).anySatisfy(problem -> assertThat(problem).startsWith(account + " limit: "));
    }

    @Test
    void anOrderMadeForARefusedRequestIsReported() {
        List<FaultLoad.ApiOrder> sent = new ArrayList<>(apiOrders);
        FaultLoad.ApiOrder accepted = sent.stream().filter(FaultLoad.ApiOrder::accepted).findFirst().orElseThrow();
        sent.set(sent.indexOf(accepted), new FaultLoad.ApiOrder(accepted.buyerPhone(), accepted.idempotencyKey(),
                accepted.items(), List.of(), 422, "INSUFFICIENT_STOCK"));

        assertThat(audit(sent)).anySatisfy(problem -> assertThat(problem)
                .startsWith("API order " + accepted.idempotencyKey() + " was refused (422").contains("but made"));
    }

    @Test
    void anOrderPlacedWithOtherQuantitiesThanAskedIsReported() {
        List<FaultLoad.ApiOrder> sent = new ArrayList<>(apiOrders);
        FaultLoad.ApiOrder accepted = sent.stream().filter(FaultLoad.ApiOrder::accepted).findFirst().orElseThrow();
        List<FaultLoad.Asked> asked = new ArrayList<>(accepted.items());
        asked.set(0, new FaultLoad.Asked(asked.get(0).sku(), asked.get(0).quantity().add(BigDecimal.ONE)));
        sent.set(sent.indexOf(accepted), new FaultLoad.ApiOrder(accepted.buyerPhone(), accepted.idempotencyKey(),
                asked, accepted.orderIds(), accepted.status(), accepted.error()));

        assertThat(audit(sent)).anySatisfy(problem -> assertThat(problem)
                .startsWith("API order " + accepted.idempotencyKey() + " asked for").contains("but placed"));
    }

    @Test
    void aDraftOutsideItsMessagesSummaryIsReported() {
        String drafted = firstAggregateWith(OrderDrafted.class);
        String copy = "order-" + UUID.randomUUID();
        String draftJson = payloadText(drafted, 0).replace(drafted, copy);
        OrderDrafted draft = read(draftJson, OrderDrafted.class);
        append(copy, -1, OrderDrafted.class.getName(), draftJson.getBytes(StandardCharsets.UTF_8), drafted);
        append(copy, new OrderDraftDiscarded(OrderId.of(copy), draft.header().buyerId(), draft.messageId(),
                "the message was read again"), drafted);
        store.execute("CREATE TEMPORARY TABLE copied_order ON COMMIT DROP AS SELECT * FROM read_model.orders WHERE false");
        store.update("INSERT INTO copied_order SELECT * FROM read_model.orders WHERE order_id = ?", drafted);
        store.update("UPDATE copied_order SET order_id = ?, order_number = order_number || '-2', status = 'DISCARDED'",
                copy);
        store.update("INSERT INTO read_model.orders SELECT * FROM copied_order");

        assertThat(audit(apiOrders)).anySatisfy(problem -> assertThat(problem)
                .startsWith("draft " + copy + " of message " + draft.messageId()).contains("not in its summary"));
    }

    @Test
    void stockReservedBeyondWhatIsOnHandIsReportedEvenWhenReleasedAgain() {
        String stock = firstAggregateWith(StockReserved.class);
        JsonNode last = lastReport(stock);
        Quantity onHand = quantity(last, "onHand");
        Quantity reserved = quantity(last, "reserved");
        Quantity beyond = onHand.minus(reserved).plus(Quantity.of(1));
        StockId stockId = StockId.of(stock);
        ProductId productId = ProductId.of(last.get("productId").asText());
        OrderId phantom = OrderId.of("order-" + UUID.randomUUID());
        append(stock, new StockReserved(stockId, productId, phantom, beyond, onHand, reserved.plus(beyond)));
        append(stock, new StockReleased(stockId, productId, phantom, beyond, "expired", onHand, reserved));

        assertThat(audit(apiOrders)).anySatisfy(problem ->
                assertThat(problem).startsWith(stock + "#").contains(" reserves ").contains(" on hand"));
    }

    @Test
    void creditHeldBeyondTheLimitIsReportedEvenWhenReleasedAgain() {
        String account = firstAggregateWith(CreditReserved.class);
        JsonNode last = lastReport(account);
        Money reserved = money(last, "reserved");
        Money outstanding = money(last, "outstanding");
        Money limit = payload(account, 0, CreditAccountOpened.class).creditLimit();
        Money beyond = limit.minus(reserved).minus(outstanding).plus(Money.of("1"));
        BuyerId buyerId = BuyerId.of(last.get("buyerId").asText());
        OrderId phantom = OrderId.of("order-" + UUID.randomUUID());
        append(account, new CreditReserved(CreditAccountId.of(account), buyerId, phantom, beyond, reserved.plus(beyond),
                outstanding));
        append(account, new CreditReleased(CreditAccountId.of(account), buyerId, phantom, beyond, "expired", reserved,
                outstanding));

        assertThat(audit(apiOrders)).anySatisfy(problem ->
                assertThat(problem).startsWith(account + "#").contains(" on a limit of " + limit));
    }

    @Test
    void aPaymentBookedTwiceIsReported() {
        String like = firstAggregateWith(CreditAccountOpened.class);
        BuyerId buyerId = payload(like, 0, CreditAccountOpened.class).buyerId();
        PaymentAccountId account = PaymentAccountId.of(buyerId);
        String paymentId = "payment-" + UUID.randomUUID();
        append(account.value(), new PaymentReceived(account, buyerId, paymentId, Money.of(100), PaymentMethod.CASH, null,
                null, List.of(), Money.of(100), UnappliedReason.MORE_THAN_OWED, Money.of(100)), like);
        append(account.value(), new PaymentReceived(account, buyerId, paymentId, Money.of(100), PaymentMethod.CASH, null,
                null, List.of(), Money.of(100), UnappliedReason.MORE_THAN_OWED, Money.of(200)), like);
        store.update("""
                INSERT INTO read_model.payments_received (payment_id, buyer_id, amount, method, applied, unapplied, reason,
                                                          shares, received_at)
                VALUES (?, ?, 100, 'CASH', 0, 100, 'MORE_THAN_OWED', '[]', now())""", paymentId, buyerId.value());
        store.update("""
                INSERT INTO read_model.unapplied_credit (buyer_id, balance, last_sequence, updated_at)
                VALUES (?, 200, 1, now())
                ON CONFLICT (buyer_id) DO UPDATE SET balance = read_model.unapplied_credit.balance + 200""", buyerId.value());

        assertThat(audit(apiOrders)).contains("payment " + paymentId + " booked 2 times");
    }

    @Test
    void aShareNotPaidOnItsOrderIsReported() {
        String order = firstAggregateWith(OrderPlaced.class);
        String like = firstAggregateWith(CreditAccountOpened.class);
        BuyerId buyerId = payload(like, 0, CreditAccountOpened.class).buyerId();
        PaymentAccountId account = PaymentAccountId.of(buyerId);
        String paymentId = "payment-" + UUID.randomUUID();
        append(account.value(), new PaymentReceived(account, buyerId, paymentId, Money.of(100), PaymentMethod.BANK, null,
                null, List.of(new PaymentShare(OrderId.of(order), Money.of(100))), Money.ZERO, null, Money.ZERO), like);
        store.update("""
                INSERT INTO read_model.payments_received (payment_id, buyer_id, amount, method, applied, unapplied, reason,
                                                          shares, received_at)
                VALUES (?, ?, 100, 'BANK', 100, 0, NULL, '[]', now())""", paymentId, buyerId.value());

        assertThat(audit(apiOrders)).anySatisfy(problem -> assertThat(problem).startsWith(account.value() + "#")
                .contains("the share of").contains(order).contains("is null on the order"));
    }

    @Test
    void aWalletPaymentNoGatewayCompletedIsReported() {
        String like = firstAggregateWith(CreditAccountOpened.class);
        BuyerId buyerId = payload(like, 0, CreditAccountOpened.class).buyerId();
        PaymentAccountId account = PaymentAccountId.of(buyerId);
        String paymentId = "payment-" + UUID.randomUUID();
        append(account.value(), new PaymentReceived(account, buyerId, paymentId, Money.of(100), PaymentMethod.WALLET,
                PaymentGateway.KHALTI, "forged", List.of(), Money.of(100), UnappliedReason.MORE_THAN_OWED,
                Money.of(100)), like);

        assertThat(audit(apiOrders)).anySatisfy(problem -> assertThat(problem)
                .startsWith("wallet payments differ from completed links").contains("booked without one [" + paymentId + "]"));
    }

    // ---- the store ----

    private List<String> audit(List<FaultLoad.ApiOrder> sent) {
        return new FaultAudit(store).check(sent, messages).problems();
    }

    private String firstAggregateWith(Class<?> eventType) {
        return store.queryForObject("""
                SELECT aggregateidentifier FROM event_store.domain_event_entry WHERE payloadtype = ?
                ORDER BY globalindex LIMIT 1""", String.class, eventType.getName());
    }

    private String payloadText(String aggregateId, long sequence) {
        return store.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", String.class, aggregateId, sequence);
    }

    private <T> T payload(String aggregateId, long sequence, Class<T> type) {
        return read(payloadText(aggregateId, sequence), type);
    }

    /**
     * The newest event of the aggregate that reports what it holds ({@code reserved}): a refusal (say, a
     * reservation declined for want of credit) reports nothing.
     */
    private JsonNode lastReport(String aggregateId) {
        return read(store.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'reserved' IS NOT NULL
                ORDER BY sequencenumber DESC LIMIT 1""", String.class, aggregateId), JsonNode.class);
    }

    /** Appends the event to the aggregate's stream, with the time and metadata of its last event. */
    private void append(String aggregateId, Object payload) {
        append(aggregateId, payload, aggregateId);
    }

    /** Appends the event to the aggregate's stream, with the time and metadata of the last event of {@code like}. */
    private void append(String aggregateId, Object payload, String like) {
        try {
            append(aggregateId, -1, payload.getClass().getName(), EVENTS.writeValueAsBytes(payload), like);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sequence} -1: the next of the aggregate's stream. */
    private void append(String aggregateId, long sequence, String type, byte[] payload, String like) {
        store.update("""
                INSERT INTO event_store.domain_event_entry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                            metadata, payload, payloadrevision, payloadtype, "timestamp")
                SELECT ?, CASE WHEN ? >= 0 THEN ? ELSE (SELECT coalesce(max(sequencenumber), -1) + 1
                                                        FROM event_store.domain_event_entry
                                                        WHERE aggregateidentifier = ?) END,
                       type, ?, metadata, ?, payloadrevision, ?, "timestamp"
                FROM event_store.domain_event_entry WHERE aggregateidentifier = ?
                ORDER BY sequencenumber DESC LIMIT 1""",
                aggregateId, sequence, sequence, aggregateId, UUID.randomUUID().toString(), payload, type, like);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EVENTS.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Quantity quantity(JsonNode payload, String field) {
        return Quantity.of(payload.get(field).decimalValue());
    }

    private static Money money(JsonNode payload, String field) {
        return Money.of(payload.get(field).decimalValue());
    }
}

package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReserved;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a fault test checks once the application is at rest again, read straight from its database:
 * every request it accepted is there exactly once, with the lines asked for, and came to the end it
 * should; every order has its origin among the requests sent, and none comes from a request that was
 * refused; every draft is in its message's summary and a confirmed draft is placed as it was drafted;
 * the stock and credit the aggregates report (and the read model shows) are what their events add up
 * to, what the orders hold and what the demo data opened them with; no event of the stream ever
 * reserved stock that was not on hand or credit over the limit; and every saga is finished or waiting
 * for a deadline that is really scheduled; and every paisa paid appears once, on orders or held
 * ({@link PaymentLedgerAudit}). Each check adds a line to {@link #problems()}.
 */
final class FaultAudit {

    private static final ObjectMapper EVENTS = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<Class<?>, OrderStatus> STATUS_OF = Map.ofEntries(
            Map.entry(OrderAwaitingVendor.class, OrderStatus.AWAITING_VENDOR),
            Map.entry(OrderDeclined.class, OrderStatus.DECLINED),
            Map.entry(OrderDraftDiscarded.class, OrderStatus.DISCARDED),
            Map.entry(OrderExpired.class, OrderStatus.EXPIRED),
            Map.entry(OrderCancelled.class, OrderStatus.CANCELLED),
            Map.entry(OrderRejected.class, OrderStatus.REJECTED),
            Map.entry(OrderConfirmed.class, OrderStatus.CONFIRMED),
            Map.entry(OrderDispatched.class, OrderStatus.DISPATCHED),
            Map.entry(OrderDelivered.class, OrderStatus.DELIVERED),
            Map.entry(OrderPaid.class, OrderStatus.PAID));
    /** Where an order holds stock: from the vendor's wait until dispatch commits it. */
    private static final Set<OrderStatus> HOLDS_STOCK = Set.of(OrderStatus.AWAITING_VENDOR, OrderStatus.CONFIRMED);
    /** Where a credit order holds credit: until delivery turns the hold into an amount owed. */
    private static final Set<OrderStatus> HOLDS_CREDIT =
            Set.of(OrderStatus.AWAITING_VENDOR, OrderStatus.CONFIRMED, OrderStatus.DISPATCHED);
    /** What an order that nobody but its buyer touched ends as: waiting for its vendor, or declined. */
    private static final Set<OrderStatus> PLACED_ENDS = Set.of(OrderStatus.AWAITING_VENDOR, OrderStatus.DECLINED);

    private final JdbcTemplate jdbc;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, OrderState> orders = new TreeMap<>();
    /** Where vendors took the orders they answered; null when no vendor answered any. */
    private Map<String, Set<OrderStatus>> vendorEnds;
    /** What the credit events charged and repaid, by order. */
    private final Map<String, List<Money>> charged = new HashMap<>();
    private final Map<String, List<Money>> repaid = new HashMap<>();

    FaultAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Vendors answered orders too: each order named here must end in one of these statuses, and an order
     * no vendor answered may also have expired (its vendor reminded first, which the caller checks).
     */
    FaultAudit withVendors(Map<String, Set<OrderStatus>> ends) {
        this.vendorEnds = Map.copyOf(ends);
        return this;
    }

    /**
     * Waits until the application has done all it will do by itself: every inbound message read, no
     * order halfway through placement, every event processor caught up with the event store, and
     * the event store still for a moment. Not coming to rest is a problem of its own.
     */
    FaultAudit awaitRest(Duration timeout) {
        try {
            Eventually.waitUntil("the application at rest", timeout, this::atRest);
        } catch (AssertionError e) {
            problems.add(e.getMessage() + "; now: " + restState());
        }
        return this;
    }

    /** Runs every check against what the load sent and what the application accepted. */
    FaultAudit check(FaultLoad load) {
        return check(load.apiOrders(), load.messages());
    }

    /** Runs every check against these requests as sent and answered. */
    FaultAudit check(List<FaultLoad.ApiOrder> apiOrders, List<FaultLoad.Message> messages) {
        readOrders();
        checkOrdersAgainstReadModel();
        checkApiOrders(apiOrders);
        checkWhatsApp(messages);
        checkOrigins(apiOrders, messages);
        checkStock();
        checkCredit();
        checkPayments();
        problems.addAll(new PaymentLedgerAudit(jdbc).problems());
        checkSagas();
        checkDeadLetters();
        return this;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** What the checks looked at, for the test's output: orders by state, and messages read more than once. */
    String observed() {
        Map<OrderStatus, Long> byStatus = orders.values().stream()
                .collect(Collectors.groupingBy(o -> o.status, TreeMap::new, Collectors.counting()));
        return orders.size() + " orders " + byStatus + ", " + eventCount() + " events, "
                + count("SELECT count(*) FROM whatsapp.inbound_messages WHERE attempts > 1")
                + " inbound messages read more than once";
    }

    // ---- rest ----

    private boolean atRest() {
        try {
            if (!restState().equals("at rest")) {
                return false;
            }
            long events = eventCount();
            Thread.sleep(1500);
            return events == eventCount() && restState().equals("at rest");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String restState() {
        try {
            List<String> busy = new ArrayList<>();
            int unread = count("SELECT count(*) FROM whatsapp.inbound_messages WHERE status IN ('RECEIVED', 'PROCESSING')");
            if (unread > 0) {
                busy.add(unread + " inbound messages unread");
            }
            int halfway = count("""
                    SELECT count(*) FROM (SELECT DISTINCT ON (aggregateidentifier) payloadtype
                                          FROM event_store.domain_event_entry WHERE aggregateidentifier LIKE 'order-%'
                                          ORDER BY aggregateidentifier, sequencenumber DESC) last
                    WHERE payloadtype = ?""", OrderPlaced.class.getName());
            if (halfway > 0) {
                busy.add(halfway + " orders placed but not decided");
            }
            Long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM event_store.domain_event_entry", Long.class);
            List<String> behind = jdbc.query("SELECT processorname, segment, convert_from(token, 'UTF8') FROM axon.token_entry",
                    (rs, i) -> tokenIndex(rs.getString(3)) < head ? rs.getString(1) + "/" + rs.getInt(2) : null)
                    .stream().filter(Objects::nonNull).toList();
            if (!behind.isEmpty()) {
                busy.add("processors behind event " + head + ": " + behind);
            }
            return busy.isEmpty() ? "at rest" : String.join(", ", busy);
        } catch (RuntimeException e) {
            return "database not answering: " + e.getMessage();
        }
    }

    private static long tokenIndex(String token) {
        try {
            return token == null ? -1 : EVENTS.readTree(token).path("index").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private long eventCount() {
        return count("SELECT count(*) FROM event_store.domain_event_entry");
    }

    // ---- orders ----

    /** One order as its events tell it. */
    private static final class OrderState {
        final String id;
        OrderStatus status;
        String buyerId;
        PaymentTerms terms;
        Money total = Money.ZERO;
        List<OrderLine> lines = List.of();
        List<OrderLine> draftedLines;
        List<OrderLine> placedLines;
        String notes;
        String messageId;
        int drafted;
        int placed;
        Money paid = Money.ZERO;

        OrderState(String id) {
            this.id = id;
        }
    }

    private void readOrders() {
        for (Stored event : events("order-")) {
            OrderState order = orders.computeIfAbsent(event.aggregateId(), OrderState::new);
            Object payload = event.payload();
            if (payload instanceof OrderDrafted drafted) {
                order.drafted++;
                order.status = OrderStatus.DRAFTED;
                order.buyerId = drafted.header().buyerId().value();
                order.terms = drafted.paymentTerms();
                order.total = drafted.totalAmount();
                order.lines = drafted.lines();
                order.draftedLines = drafted.lines();
                order.messageId = drafted.messageId();
            } else if (payload instanceof OrderPlaced placed) {
                order.placed++;
                order.status = OrderStatus.PLACED;
                order.buyerId = placed.header().buyerId().value();
                order.terms = placed.paymentTerms();
                order.total = placed.totalAmount();
                order.lines = placed.lines();
                order.placedLines = placed.lines();
                order.notes = placed.header().notes();
            } else if (payload instanceof OrderPaymentRecorded payment) {
                order.paid = order.paid.plus(payment.amount());
            } else if (payload instanceof OrderPartiallyConfirmed partly) {
                order.status = OrderStatus.CONFIRMED;
                order.total = partly.totalAmount();
                order.lines = partly.lines();
            } else if (STATUS_OF.containsKey(payload.getClass())) {
                order.status = STATUS_OF.get(payload.getClass());
            }
        }
        orders.values().stream().filter(o -> o.drafted > 1 || o.placed > 1).forEach(o -> problems.add(
                "order " + o.id + " drafted " + o.drafted + " and placed " + o.placed + " times"));
    }

    private void checkOrdersAgainstReadModel() {
        Map<String, String> shown = new HashMap<>();
        jdbc.query("SELECT order_id, status FROM read_model.orders", rs -> {
            shown.put(rs.getString(1), rs.getString(2));
        });
        orders.values().forEach(order -> {
            if (!Objects.equals(shown.get(order.id), String.valueOf(order.status))) {
                problems.add("order " + order.id + " is " + order.status + " by its events but "
                        + shown.get(order.id) + " in the read model");
            }
        });
        shown.keySet().stream().filter(id -> !orders.containsKey(id))
                .forEach(id -> problems.add("read model shows order " + id + " that has no events"));
    }

    private void checkApiOrders(List<FaultLoad.ApiOrder> apiOrders) {
        Map<String, List<String>> byKey = new HashMap<>();
        orders.values().stream().filter(o -> o.notes != null)
                .forEach(o -> byKey.computeIfAbsent(o.notes, n -> new ArrayList<>()).add(o.id));
        for (FaultLoad.ApiOrder sent : apiOrders) {
            List<String> madeForKey = byKey.getOrDefault(FaultLoad.notesOf(sent.idempotencyKey()), List.of());
            if (sent.refused() && !madeForKey.isEmpty()) {
                problems.add("API order " + sent.idempotencyKey() + " was refused (" + sent.status() + " " + sent.error()
                        + ") but made " + madeForKey);
            }
            if (!sent.accepted()) {
                continue;
            }
            checkLinesAsked(sent);
            List<String> made = byKey.getOrDefault(FaultLoad.notesOf(sent.idempotencyKey()), List.of());
            if (!new TreeSet<>(made).equals(new TreeSet<>(sent.orderIds())) || made.size() != sent.orderIds().size()) {
                problems.add("API order " + sent.idempotencyKey() + " was answered with " + sent.orderIds()
                        + " but made " + made);
            }
            for (String id : sent.orderIds()) {
                OrderState order = orders.get(id);
                if (order == null || order.placed != 1 || !endsAsPlaced(order)) {
                    problems.add("accepted API order " + id + " (" + sent.idempotencyKey() + ") is "
                            + (order == null ? "missing" : order.status + ", placed " + order.placed + " times"));
                }
            }
        }
    }

    /** Where a placed order may end: as its vendor took it, else waiting for the vendor, declined (or expired). */
    private boolean endsAsPlaced(OrderState order) {
        if (vendorEnds == null) {
            return PLACED_ENDS.contains(order.status);
        }
        Set<OrderStatus> expected = vendorEnds.get(order.id);
        return expected != null ? expected.contains(order.status)
                : PLACED_ENDS.contains(order.status) || order.status == OrderStatus.EXPIRED;
    }

    /** What an accepted API order placed, over all the orders it was split into, is what it asked for. */
    private void checkLinesAsked(FaultLoad.ApiOrder sent) {
        Map<String, Quantity> asked = new TreeMap<>();
        sent.items().forEach(item -> asked.merge(DemoData.productId(item.sku()).value(), Quantity.of(item.quantity()),
                Quantity::plus));
        Map<String, Quantity> placed = new TreeMap<>();
        sent.orderIds().stream().map(orders::get).filter(o -> o != null && o.placedLines != null)
                .flatMap(o -> o.placedLines.stream())
                .forEach(line -> placed.merge(line.productId().value(), line.quantity(), Quantity::plus));
        if (!asked.equals(placed)) {
            problems.add("API order " + sent.idempotencyKey() + " asked for " + asked + " but placed " + placed);
        }
    }

    private void checkWhatsApp(List<FaultLoad.Message> messages) {
        Map<String, Inbound> inbound = new HashMap<>();
        jdbc.query("SELECT message_sid, status, outcome, outcome_detail::text, error FROM whatsapp.inbound_messages",
                rs -> {
                    inbound.put(rs.getString(1), new Inbound(rs.getString(2), rs.getString(3), tree(rs.getString(4)),
                            rs.getString(5)));
                });
        inbound.forEach((sid, message) -> {
            if (!"DONE".equals(message.status()) || message.outcome() == null) {
                problems.add("inbound message " + sid + " is " + message.status() + " with outcome " + message.outcome()
                        + (message.error() == null ? "" : " (" + message.error() + ")"));
            }
        });
        Map<String, List<String>> summaries = new HashMap<>();
        jdbc.query("SELECT message_sid, array_to_string(order_ids, ',') FROM whatsapp.summaries",
                rs -> {
                    summaries.put(rs.getString(1), List.of(rs.getString(2).split(",")));
                });
        Set<String> replies = new HashSet<>(jdbc.queryForList(
                "SELECT dedup_key FROM messaging.outbox WHERE dedup_key LIKE 'reply:%'", String.class));
        Set<String> confirmed = new HashSet<>();
        for (FaultLoad.Message sent : messages) {
            Inbound stored = inbound.get(sent.messageSid());
            if (!sent.accepted()) {
                continue;
            }
            if (stored == null) {
                problems.add("accepted WhatsApp message " + sent.messageSid() + " (" + sent.body() + ") is not stored");
                continue;
            }
            if (!sent.isConfirmation() && "DRAFTED".equals(stored.outcome())) {
                checkDrafts(sent, summaries.get(sent.messageSid()), replies);
            }
            if (sent.isConfirmation() && inbound.containsKey(sent.confirms())
                    && "DRAFTED".equals(inbound.get(sent.confirms()).outcome())) {
                confirmed.add(sent.confirms());
                checkConfirmation(sent, stored, summaries.getOrDefault(sent.confirms(), List.of()));
            }
        }
        // a message read again (after a crash) must not leave a draft beside the one its summary names
        orders.values().stream().filter(o -> o.messageId != null
                        && !summaries.getOrDefault(o.messageId, List.of()).contains(o.id))
                .forEach(o -> problems.add("draft " + o.id + " of message " + o.messageId + " is "
                        + o.status + " but not in its summary " + summaries.get(o.messageId)));
        summaries.forEach((sid, ids) -> {
            if (!confirmed.contains(sid)) {
                ids.stream().map(orders::get).filter(o -> o == null
                                || (o.status != OrderStatus.DRAFTED && o.status != OrderStatus.DISCARDED && o.placed == 0))
                        .forEach(o -> problems.add("draft of unconfirmed message " + sid + " is "
                                + (o == null ? "missing" : o.status)));
            }
        });
    }

    private void checkDrafts(FaultLoad.Message sent, List<String> summary, Set<String> replies) {
        if (summary == null) {
            problems.add("message " + sent.messageSid() + " was DRAFTED but has no summary");
            return;
        }
        for (String id : summary) {
            OrderState order = orders.get(id);
            if (order == null || order.drafted != 1 || !sent.messageSid().equals(order.messageId)) {
                problems.add("draft " + id + " of message " + sent.messageSid() + " is "
                        + (order == null ? "missing" : "drafted " + order.drafted + " times from " + order.messageId));
            }
        }
        if (!replies.contains("reply:" + sent.messageSid())) {
            problems.add("message " + sent.messageSid() + " was DRAFTED but its summary was never queued");
        }
    }

    private void checkConfirmation(FaultLoad.Message sent, Inbound stored, List<String> summary) {
        List<String> placed = new ArrayList<>();
        stored.detail().path("orderIds").forEach(id -> placed.add(id.asText()));
        if (!"CONFIRMED".equals(stored.outcome()) || !new TreeSet<>(placed).equals(new TreeSet<>(summary))) {
            problems.add("confirmation " + sent.messageSid() + " of " + sent.confirms() + " ended " + stored.outcome()
                    + " placing " + placed + ", its summary had " + summary);
        }
        for (String id : summary) {
            OrderState order = orders.get(id);
            if (order == null || order.placed != 1 || !endsAsPlaced(order)) {
                problems.add("confirmed draft " + id + " of " + sent.confirms() + " is "
                        + (order == null ? "missing" : order.status + ", placed " + order.placed + " times"));
            } else if (!Objects.equals(order.draftedLines, order.placedLines)) {
                problems.add("confirmed draft " + id + " of " + sent.confirms() + " was drafted with "
                        + order.draftedLines + " but placed with " + order.placedLines);
            }
        }
    }

    /** Every order was asked for: by an API request the load sent (its key is in the notes) or a WhatsApp message. */
    private void checkOrigins(List<FaultLoad.ApiOrder> apiOrders, List<FaultLoad.Message> messages) {
        Set<String> keys = apiOrders.stream().map(o -> FaultLoad.notesOf(o.idempotencyKey()))
                .collect(Collectors.toSet());
        Set<String> sids = messages.stream().map(FaultLoad.Message::messageSid).collect(Collectors.toSet());
        orders.values().stream()
                .filter(o -> o.messageId == null ? !keys.contains(o.notes) : !sids.contains(o.messageId))
                .forEach(o -> problems.add("order " + o.id + " was asked for by no request sent (notes " + o.notes
                        + ", message " + o.messageId + ")"));
    }

    private record Inbound(String status, String outcome, JsonNode detail, String error) {
    }

    // ---- stock ----

    /**
     * One stock or credit account as its events add it up: what each order holds and the running sum
     * (on hand, or owed), beside what the last event reported as the aggregate's own state.
     */
    private static final class Ledger<V> {
        final Map<String, V> held = new TreeMap<>();
        final List<V> received = new ArrayList<>();
        V sum;
        V reportedHeld;
        V reportedSum;
        V limit;
    }

    private void checkStock() {
        Map<String, Ledger<Quantity>> stocks = new TreeMap<>();
        for (Stored event : events("stock-")) {
            Ledger<Quantity> stock = stocks.computeIfAbsent(event.aggregateId(), id -> {
                Ledger<Quantity> fresh = new Ledger<>();
                fresh.sum = Quantity.ZERO;
                return fresh;
            });
            String where = event.aggregateId() + "#" + event.sequence();
            Object payload = event.payload();
            if (payload instanceof StockReceived received) {
                stock.sum = stock.sum.plus(received.quantity());
                stock.received.add(received.quantity());
                report(stock, received.reserved(), received.onHand());
            } else if (payload instanceof StockAdjusted adjusted) {
                stock.sum = stock.sum.plus(adjusted.delta());
                report(stock, adjusted.reserved(), adjusted.onHand());
            } else if (payload instanceof StockReserved reserved) {
                hold(stock, reserved.orderId().value(), reserved.quantity(), where);
                report(stock, reserved.reserved(), reserved.onHand());
                checkOnHand(stock, where);
            } else if (payload instanceof StockReservationAdjusted adjusted) {
                change(stock, adjusted.orderId().value(), adjusted.previousQuantity(), adjusted.quantity(), where);
                report(stock, adjusted.reserved(), adjusted.onHand());
                checkOnHand(stock, where);
            } else if (payload instanceof StockReleased released) {
                release(stock, released.orderId().value(), released.quantity(), where);
                report(stock, released.reserved(), released.onHand());
            } else if (payload instanceof StockCommitted committed) {
                release(stock, committed.orderId().value(), committed.quantity(), where);
                stock.sum = stock.sum.minus(committed.quantity());
                report(stock, committed.reserved(), committed.onHand());
            }
        }
        Map<String, Quantity[]> shown = new HashMap<>();
        jdbc.query("SELECT product_id, on_hand, reserved FROM read_model.catalog_stock", rs -> {
            shown.put(rs.getString(1), new Quantity[] {Quantity.of(rs.getBigDecimal(2)), Quantity.of(rs.getBigDecimal(3))});
        });
        Map<String, Map<String, Quantity>> expected = new HashMap<>();
        orders.values().stream().filter(o -> HOLDS_STOCK.contains(o.status)).forEach(o -> o.lines.forEach(line ->
                expected.computeIfAbsent("stock-" + line.productId().value().substring("product-".length()),
                        s -> new TreeMap<>()).put(o.id, line.quantity())));
        Map<String, Quantity> opening = new TreeMap<>();
        DemoData.openingStock().forEach((stock, quantity) -> opening.put(stock.value(), quantity));
        opening.keySet().stream().filter(id -> !stocks.containsKey(id))
                .forEach(id -> problems.add(id + " opens with " + opening.get(id) + " but has no events"));
        stocks.forEach((id, stock) -> {
            // what was received is the opening stock, once: the load receives none, and a second start
            // must not seed again
            List<Quantity> expectedReceipts = opening.containsKey(id) ? List.of(opening.get(id)) : List.of();
            if (!stock.received.equals(expectedReceipts)) {
                problems.add(id + " received " + stock.received + " but its opening stock is " + expectedReceipts);
            }
            Quantity reserved = stock.held.values().stream().reduce(Quantity.ZERO, Quantity::plus);
            String product = "product-" + id.substring("stock-".length());
            Quantity[] readModel = shown.getOrDefault(product, new Quantity[2]);
            compare(id + " on hand", stock.sum, stock.reportedSum, readModel[0]);
            compare(id + " reserved", reserved, stock.reportedHeld, readModel[1]);
            if (reserved.isGreaterThan(stock.sum) || stock.sum.isNegative()) {
                problems.add(id + " reserves " + reserved + " of " + stock.sum + " on hand");
            }
            Map<String, Quantity> ordersHolding = expected.getOrDefault(id, Map.of());
            if (!ordersHolding.equals(stock.held)) {
                problems.add(id + " is held for " + stock.held + " but the orders waiting hold " + ordersHolding);
            }
        });
    }

    // ---- credit ----

    private void checkCredit() {
        Map<String, Ledger<Money>> accounts = new TreeMap<>();
        for (Stored event : events("credit-")) {
            Ledger<Money> account = accounts.computeIfAbsent(event.aggregateId(), id -> {
                Ledger<Money> fresh = new Ledger<>();
                fresh.sum = Money.ZERO;
                fresh.reportedHeld = Money.ZERO;
                fresh.reportedSum = Money.ZERO;
                return fresh;
            });
            String where = event.aggregateId() + "#" + event.sequence();
            Object payload = event.payload();
            if (payload instanceof CreditAccountOpened opened) {
                account.limit = opened.creditLimit();
            } else if (payload instanceof CreditTermsChanged changed) {
                account.limit = changed.creditLimit();
                report(account, changed.reserved(), changed.outstanding());
            } else if (payload instanceof CreditReserved reserved) {
                hold(account, reserved.orderId().value(), reserved.amount(), where);
                report(account, reserved.reserved(), reserved.outstanding());
                checkLimit(account, where);
            } else if (payload instanceof CreditReservationAdjusted adjusted) {
                change(account, adjusted.orderId().value(), adjusted.previousAmount(), adjusted.amount(), where);
                report(account, adjusted.reserved(), adjusted.outstanding());
                if (adjusted.amount().isGreaterThan(adjusted.previousAmount())) {
                    checkLimit(account, where);
                }
            } else if (payload instanceof CreditReleased released) {
                release(account, released.orderId().value(), released.amount(), where);
                report(account, released.reserved(), released.outstanding());
            } else if (payload instanceof CreditCharged charged) {
                release(account, charged.orderId().value(), charged.releasedReservation(), where);
                account.sum = account.sum.plus(charged.amount());
                this.charged.computeIfAbsent(charged.orderId().value(), o -> new ArrayList<>()).add(charged.amount());
                report(account, charged.reserved(), charged.outstanding());
            } else if (payload instanceof CreditRepaid repaid) {
                account.sum = account.sum.minus(repaid.amount());
                this.repaid.computeIfAbsent(repaid.orderId().value(), o -> new ArrayList<>()).add(repaid.amount());
                report(account, repaid.reserved(), repaid.outstanding());
            }
        }
        Map<String, Money[]> shown = new HashMap<>();
        jdbc.query("SELECT account_id, reserved, outstanding, credit_limit FROM read_model.buyer_credit", rs -> {
            shown.put(rs.getString(1), new Money[] {Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3)),
                    Money.of(rs.getBigDecimal(4))});
        });
        Map<String, Map<String, Money>> expected = new HashMap<>();
        orders.values().stream().filter(o -> o.terms != null && o.terms.isCredit() && HOLDS_CREDIT.contains(o.status))
                .forEach(o -> expected.computeIfAbsent("credit-" + o.buyerId.substring("buyer-".length()),
                        a -> new TreeMap<>()).put(o.id, o.total));
        Map<String, Money> limits = new TreeMap<>();
        DemoData.creditLimits().forEach((account, limit) -> limits.put(account.value(), limit));
        limits.keySet().stream().filter(id -> !accounts.containsKey(id))
                .forEach(id -> problems.add(id + " opens with a limit of " + limits.get(id) + " but has no events"));
        accounts.forEach((id, account) -> {
            Money reserved = account.held.values().stream().reduce(Money.ZERO, Money::plus);
            Money[] readModel = shown.getOrDefault(id, new Money[3]);
            compare(id + " reserved", reserved, account.reportedHeld, readModel[0]);
            compare(id + " outstanding", account.sum, account.reportedSum, readModel[1]);
            // the load changes no limit: each is the one the demo data opened the account with
            compare(id + " limit", account.limit, limits.get(id), readModel[2]);
            if (reserved.plus(account.sum).isGreaterThan(account.limit) || account.sum.isNegative()) {
                problems.add(id + " holds " + reserved + " and is owed " + account.sum + " on a limit of " + account.limit);
            }
            Map<String, Money> ordersHolding = expected.getOrDefault(id, Map.of());
            if (!ordersHolding.equals(account.held)) {
                problems.add(id + " holds credit for " + account.held + " but the orders waiting hold " + ordersHolding);
            }
        });
    }

    // ---- payments ----

    /**
     * Delivery and payment as the credit events follow them: a delivered credit order is charged once, for
     * its total, and each payment of it is repaid to the buyer's credit; a paid order was paid its total;
     * a cash-on-delivery order, and an order never delivered, touches no credit owed.
     */
    private void checkPayments() {
        for (OrderState order : orders.values()) {
            List<Money> charges = charged.getOrDefault(order.id, List.of());
            Money repayments = repaid.getOrDefault(order.id, List.of()).stream().reduce(Money.ZERO, Money::plus);
            boolean delivered = order.status == OrderStatus.DELIVERED || order.status == OrderStatus.PAID;
            boolean credit = order.terms != null && order.terms.isCredit();
            List<Money> expectedCharges = delivered && credit ? List.of(order.total) : List.of();
            if (!charges.equals(expectedCharges)) {
                problems.add("order " + order.id + " (" + order.status + ", " + order.terms + ", total " + order.total
                        + ") was charged " + charges + " to credit");
            }
            if (!repayments.equals(credit ? order.paid : Money.ZERO)) {
                problems.add("order " + order.id + " (" + order.status + ", " + order.terms + ") was paid " + order.paid
                        + " but repaid " + repayments + " to credit");
            }
            if (order.status == OrderStatus.PAID ? !order.paid.equals(order.total)
                    : order.paid.isPositive() && (order.status != OrderStatus.DELIVERED || !order.total.isGreaterThan(order.paid))) {
                problems.add("order " + order.id + " is " + order.status + " with " + order.paid + " of " + order.total + " paid");
            }
        }
    }

    /** At this event of the stream: no more reserved than on hand, and nothing on hand below zero. */
    private void checkOnHand(Ledger<Quantity> stock, String where) {
        Quantity reserved = stock.held.values().stream().reduce(Quantity.ZERO, Quantity::plus);
        if (reserved.isGreaterThan(stock.sum) || stock.sum.isNegative()) {
            problems.add(where + " reserves " + reserved + " of " + stock.sum + " on hand");
        }
    }

    /** At this event of the stream: what is held and what is owed together within the limit. */
    private void checkLimit(Ledger<Money> account, String where) {
        Money reserved = account.held.values().stream().reduce(Money.ZERO, Money::plus);
        if (account.limit == null || reserved.plus(account.sum).isGreaterThan(account.limit)) {
            problems.add(where + " holds " + reserved + " and is owed " + account.sum + " on a limit of " + account.limit);
        }
    }

    private <V> void hold(Ledger<V> ledger, String orderId, V amount, String where) {
        V before = ledger.held.put(orderId, amount);
        if (before != null) {
            problems.add(where + " holds for " + orderId + " a second time (" + before + ", then " + amount + ")");
        }
    }

    private <V> void change(Ledger<V> ledger, String orderId, V previous, V amount, String where) {
        V before = ledger.held.put(orderId, amount);
        if (!Objects.equals(before, previous)) {
            problems.add(where + " changes the hold of " + orderId + " from " + previous + " but it was " + before);
        }
    }

    private <V> void release(Ledger<V> ledger, String orderId, V amount, String where) {
        V before = ledger.held.remove(orderId);
        if (!Objects.equals(before, amount)) {
            problems.add(where + " releases " + amount + " for " + orderId + " but held " + before);
        }
    }

    private static <V> void report(Ledger<V> ledger, V held, V sum) {
        ledger.reportedHeld = held;
        ledger.reportedSum = sum;
    }

    private void compare(String what, Object fromEvents, Object aggregate, Object readModel) {
        if (!Objects.equals(fromEvents, aggregate) || !Objects.equals(fromEvents, readModel)) {
            problems.add(what + ": " + fromEvents + " by the events, " + aggregate + " by the aggregate, "
                    + readModel + " in the read model");
        }
    }

    // ---- sagas and deadlines ----

    private void checkSagas() {
        Map<String, JsonNode> sagas = new HashMap<>();
        jdbc.query("SELECT sagaid, convert_from(serializedsaga, 'UTF8') FROM axon.saga_entry", rs -> {
            sagas.put(rs.getString(1), tree(rs.getString(2)));
        });
        Map<String, List<String>> sagasOfOrder = new HashMap<>();
        jdbc.query("SELECT associationvalue, sagaid FROM axon.association_value_entry WHERE associationkey = 'orderId'",
                rs -> {
                    sagasOfOrder.computeIfAbsent(rs.getString(1), o -> new ArrayList<>()).add(rs.getString(2));
                });
        Set<String> scheduled = new HashSet<>(jdbc.queryForList(
                "SELECT task_instance FROM axon.scheduled_tasks WHERE task_name = ?", String.class, IntegrationTest.DEADLINE_TASK));
        Set<String> awaited = new HashSet<>();
        sagas.forEach((sagaId, saga) -> {
            String orderId = saga.path("orderId").asText();
            if (!sagasOfOrder.getOrDefault(orderId, List.of()).contains(sagaId)) {
                problems.add("saga " + sagaId + " of " + orderId + " cannot be found by its order");
            }
            saga.path("deadlineIds").fields().forEachRemaining(deadline -> {
                awaited.add(deadline.getValue().asText());
                if (!scheduled.contains(deadline.getValue().asText())) {
                    problems.add("saga of " + orderId + " waits for its " + deadline.getKey() + " deadline, which is not scheduled");
                }
            });
        });
        scheduled.stream().filter(task -> !awaited.contains(task))
                .forEach(task -> problems.add("deadline " + task + " is scheduled for no saga"));
        orders.values().forEach(order -> {
            List<String> live = sagasOfOrder.getOrDefault(order.id, List.of());
            boolean ended = order.status.isTerminal();
            if (live.size() != (ended ? 0 : 1) || (!ended && !sagas.containsKey(live.get(0)))) {
                problems.add("order " + order.id + " is " + order.status + " with " + live.size() + " live sagas");
                return;
            }
            String waitsFor = switch (order.status) {
                case DRAFTED -> "draft-expiry";
                case AWAITING_VENDOR -> "vendor-response";
                default -> null;
            };
            if (waitsFor != null && !sagas.get(live.get(0)).path("deadlineIds").has(waitsFor)) {
                problems.add("order " + order.id + " is " + order.status + " but its saga has no " + waitsFor + " deadline");
            }
            if (order.status == OrderStatus.PLACED) {
                problems.add("order " + order.id + " is stuck PLACED");
            }
        });
    }

    private void checkDeadLetters() {
        jdbc.query("SELECT processinggroup, payloadtype, aggregateidentifier, causemessage FROM axon.dead_letter_entry",
                rs -> {
                    problems.add("dead letter in " + rs.getString(1) + ": " + rs.getString(2) + " of "
                            + rs.getString(3) + " (" + rs.getString(4) + ")");
                });
    }

    // ---- reading ----

    private record Stored(String aggregateId, long sequence, Object payload) {
    }

    private List<Stored> events(String aggregatePrefix) {
        return jdbc.query("""
                SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM event_store.domain_event_entry
                WHERE aggregateidentifier LIKE ? ORDER BY aggregateidentifier, sequencenumber""",
                (rs, i) -> new Stored(rs.getString(1), rs.getLong(2), payload(rs.getString(3), rs.getBytes(4))),
                aggregatePrefix + "%");
    }

    private static Object payload(String type, byte[] payload) {
        try {
            return EVENTS.readValue(payload, Class.forName(type));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a " + type + " event", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? EVENTS.nullNode() : EVENTS.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }
}

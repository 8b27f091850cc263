package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import np.khaacho.kernel.payment.UnappliedCreditRefunded;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The payment ledger, read straight from the event store: every paisa a buyer paid appears once, on
 * orders or held unapplied. Each payment is booked once; its shares and what it held add up to it; each
 * share is exactly one payment of the same amount on its order; what an account holds runs as what was
 * held less what was refunded, never below zero, after every event; every payment link a gateway
 * completed is a payment and no other wallet payment exists; and the read model shows each payment and
 * each account's held money as the events do. Held money applied to orders later counts like a payment's
 * shares, each application once. Used by the fault tests and the wallet tests alike.
 */
public final class PaymentLedgerAudit {

    private static final ObjectMapper EVENTS = JsonMapper.builder().addModule(new JavaTimeModule())
            .findAndAddModules().build();
    private static final String ACCOUNTS = "payments-%";

    private final JdbcTemplate jdbc;

    public PaymentLedgerAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The problems of every buyer's ledger. */
    public List<String> problems() {
        return problems(null);
    }

    /** The problems of one buyer's ledger, or of all ({@code buyerId} null). */
    public List<String> problems(String buyerId) {
        List<String> problems = new ArrayList<>();
        Map<String, Money> held = new LinkedHashMap<>();
        Map<String, Integer> booked = new HashMap<>();
        Map<String, Integer> applied = new HashMap<>();
        Set<String> walletPayments = new TreeSet<>();
        Map<String, Money> paidOnOrders = new HashMap<>();
        jdbc.query("""
                        SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM event_store.domain_event_entry
                        WHERE aggregateidentifier LIKE ? AND payloadtype = ?
                        ORDER BY aggregateidentifier, sequencenumber""",
                rs -> {
                    OrderPaymentRecorded recorded = read(rs.getString(3), rs.getBytes(4), OrderPaymentRecorded.class);
                    paidOnOrders.merge(recorded.paymentId() + "@" + recorded.orderId().value(), recorded.amount(),
                            Money::plus);
                }, "order-%", OrderPaymentRecorded.class.getName());
        jdbc.query("""
                        SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM event_store.domain_event_entry
                        WHERE aggregateidentifier LIKE ? ORDER BY aggregateidentifier, sequencenumber""",
                rs -> {
                    String account = rs.getString(1);
                    String where = account + "#" + rs.getLong(2);
                    Object event = read(rs.getString(3), rs.getBytes(4), Object.class);
                    if (event instanceof PaymentReceived p) {
                        if (buyerId != null && !p.buyerId().value().equals(buyerId)) {
                            return;
                        }
                        booked.merge(p.paymentId(), 1, Integer::sum);
                        if (p.method() == PaymentMethod.WALLET) {
                            walletPayments.add(p.paymentId());
                        }
                        Money shared = p.shares().stream().map(PaymentShare::amount).reduce(Money.ZERO, Money::plus);
                        if (!shared.plus(p.unapplied()).equals(p.amount())) {
                            problems.add(where + ": payment " + p.paymentId() + " of " + p.amount() + " shares " + shared
                                    + " and holds " + p.unapplied());
                        }
                        checkShares(where, p.paymentId(), p.shares(), paidOnOrders, problems);
                        Money now = held.getOrDefault(p.buyerId().value(), Money.ZERO).plus(p.unapplied());
                        held.put(p.buyerId().value(), now);
                        if (!p.unappliedBalance().equals(now)) {
                            problems.add(where + ": holds " + p.unappliedBalance() + " by its event, " + now + " by the sum");
                        }
                    } else if (event instanceof UnappliedCreditApplied a) {
                        if (buyerId != null && !a.buyerId().value().equals(buyerId)) {
                            return;
                        }
                        applied.merge(a.applicationId(), 1, Integer::sum);
                        Money shared = a.shares().stream().map(PaymentShare::amount).reduce(Money.ZERO, Money::plus);
                        if (!shared.equals(a.amount())) {
                            problems.add(where + ": held money applied, " + a.amount() + ", shares " + shared);
                        }
                        checkShares(where, a.applicationId(), a.shares(), paidOnOrders, problems);
                        Money now = held.getOrDefault(a.buyerId().value(), Money.ZERO).minus(a.amount());
                        held.put(a.buyerId().value(), now);
                        if (now.isNegative() || !a.unappliedBalance().equals(now)) {
                            problems.add(where + ": applying " + a.amount() + " leaves " + a.unappliedBalance()
                                    + " by its event, " + now + " by the sum");
                        }
                    } else if (event instanceof UnappliedCreditRefunded r) {
                        if (buyerId != null && !r.buyerId().value().equals(buyerId)) {
                            return;
                        }
                        Money now = held.getOrDefault(r.buyerId().value(), Money.ZERO).minus(r.amount());
                        held.put(r.buyerId().value(), now);
                        if (now.isNegative() || !r.unappliedBalance().equals(now)) {
                            problems.add(where + ": refund of " + r.amount() + " leaves " + r.unappliedBalance()
                                    + " by its event, " + now + " by the sum");
                        }
                    }
                }, ACCOUNTS);
        booked.forEach((payment, times) -> {
            if (times != 1) {
                problems.add("payment " + payment + " booked " + times + " times");
            }
        });
        applied.forEach((application, times) -> {
            if (times != 1) {
                problems.add("held money " + application + " applied " + times + " times");
            }
        });
        Set<String> completed = new TreeSet<>(jdbc.queryForList("""
                        SELECT payment_id FROM write_model.payment_links
                        WHERE state = 'COMPLETED' AND (?::text IS NULL OR buyer_id = ?)""",
                String.class, buyerId, buyerId));
        if (!completed.equals(walletPayments)) {
            Set<String> missing = new TreeSet<>(completed);
            missing.removeAll(walletPayments);
            Set<String> extra = new TreeSet<>(walletPayments);
            extra.removeAll(completed);
            problems.add("wallet payments differ from completed links: not booked " + missing + ", booked without one " + extra);
        }
        checkReadModel(buyerId, booked.keySet(), held, problems);
        return problems;
    }

    /** Each share is exactly one payment of the same amount on its order, its id derived from the booking's. */
    private static void checkShares(String where, String bookingId, List<PaymentShare> shares,
                                    Map<String, Money> paidOnOrders, List<String> problems) {
        for (PaymentShare share : shares) {
            String orderPayment = Ids.derived("payment-", bookingId + "|" + share.orderId().value());
            Money onOrder = paidOnOrders.get(orderPayment + "@" + share.orderId().value());
            if (onOrder == null || !onOrder.equals(share.amount())) {
                problems.add(where + ": the share of " + share.amount() + " on " + share.orderId()
                        + " is " + onOrder + " on the order");
            }
        }
    }

    private void checkReadModel(String buyerId, Set<String> payments, Map<String, Money> held, List<String> problems) {
        Set<String> shown = new TreeSet<>(jdbc.queryForList("""
                SELECT payment_id FROM read_model.payments_received WHERE (?::text IS NULL OR buyer_id = ?)""",
                String.class, buyerId, buyerId));
        if (!shown.equals(new TreeSet<>(payments))) {
            problems.add("the read model shows payments " + shown + ", the events book " + new TreeSet<>(payments));
        }
        Map<String, BigDecimal> shownHeld = new HashMap<>();
        jdbc.query("SELECT buyer_id, balance FROM read_model.unapplied_credit WHERE (?::text IS NULL OR buyer_id = ?)",
                rs -> { shownHeld.put(rs.getString(1), rs.getBigDecimal(2)); }, buyerId, buyerId);
        held.forEach((buyer, amount) -> {
            BigDecimal shownAmount = shownHeld.getOrDefault(buyer, BigDecimal.ZERO);
            if (shownAmount.compareTo(amount.amount()) != 0) {
                problems.add(buyer + " holds " + amount + " by its events, " + shownAmount + " in the read model");
            }
        });
    }

    private static <T> T read(String type, byte[] payload, Class<T> as) {
        try {
            return as.cast(EVENTS.readValue(payload, Class.forName(type)));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a " + type + " event", e);
        }
    }
}

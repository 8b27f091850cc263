package np.khaacho.command.payment;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.RecordBuyerPayment;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.AcceptPayment;
import np.khaacho.kernel.payment.ApplyHeldCredit;
import np.khaacho.kernel.payment.BookHeldCreditApplied;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.PaymentGateway;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.ReceiveGatewayPayment;
import np.khaacho.kernel.payment.UnappliedReason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads one buyer payment over the buyer's unpaid delivered orders, oldest due first (cash on
 * delivery counts as due on delivery), and books it on the buyer's payment account. Each share is an
 * order payment with an id derived from the buyer payment's, so a repeated payment records nothing twice;
 * the shares and the booking commit together.
 * <p>
 * A payment typed in by staff (cash, bank) may not exceed what is owed. A wallet payment the gateway
 * confirmed has happened whatever is owed: what the orders do not take, or all of it when the gateway
 * confirmed another amount than was asked, is held unapplied on the account.
 */
@Component
class BuyerPaymentHandler {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Repository<PaymentAccount> accounts;
    private final EventStore events;

    BuyerPaymentHandler(JdbcTemplate jdbc, CommandGateway commands, Repository<PaymentAccount> accounts,
                        EventStore events) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Held money goes to the buyer's unpaid delivered orders, oldest due first, as far as it reaches; each
     * share an order payment (by wallet, where held money comes from) with an id derived from the
     * application's, the whole booked on the account. Nothing held, nothing owed or an application already
     * booked: nothing happens.
     */
    @CommandHandler
    public List<Allocation> handle(ApplyHeldCredit command, MetaData metaData) {
        if (command.buyerId() == null || command.applicationId() == null || command.applicationId().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "an application of held money names its buyer and key");
        }
        PaymentAccountId accountId = PaymentAccountId.of(command.buyerId());
        if (events.lastSequenceNumberFor(accountId.value()).isEmpty()) {
            return List.of();
        }
        Aggregate<PaymentAccount> account = accounts.load(accountId.value());
        Money held = account.invoke(PaymentAccount::held);
        if (!held.isPositive() || account.invoke(it -> it.applied(command.applicationId()))) {
            return List.of();
        }
        List<Allocation> allocations = allocate(command.applicationId(), held, PaymentMethod.WALLET,
                openOrders(command.buyerId()), metaData);
        if (!allocations.isEmpty()) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new BookHeldCreditApplied(accountId,
                    command.applicationId(), allocations.stream().map(a -> new PaymentShare(a.orderId(), a.amount()))
                    .toList())).andMetaData(metaData));
        }
        return allocations;
    }

    @CommandHandler
    public List<Allocation> handle(RecordBuyerPayment command, MetaData metaData) {
        requirePositive(command.amount());
        if (alreadyRecorded(command.paymentId(), command.buyerId(), command.amount())) {
            return List.of();
        }
        List<Allocation> open = openOrders(command.buyerId());
        Money owed = open.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        if (command.amount().isGreaterThan(owed)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE,
                    "the payment " + command.amount() + " is more than the buyer owes (" + owed + ")");
        }
        List<Allocation> allocations = allocate(command.paymentId(), command.amount(), command.method(), open, metaData);
        book(command.buyerId(), command.paymentId(), command.amount(), command.method(), null, null, allocations,
                Money.ZERO, null, metaData);
        return allocations;
    }

    @CommandHandler
    public GatewayOutcome handle(ReceiveGatewayPayment command, MetaData metaData) {
        requirePositive(command.amount());
        if (alreadyRecorded(command.paymentId(), command.buyerId(), command.amount())) {
            return new GatewayOutcome(false, List.of(), Money.ZERO, null);
        }
        List<Allocation> allocations;
        UnappliedReason reason;
        if (command.asked() != null && !command.asked().equals(command.amount())) {
            allocations = List.of();
            reason = UnappliedReason.AMOUNT_DIFFERS;
        } else {
            allocations = allocate(command.paymentId(), command.amount(), PaymentMethod.WALLET,
                    openOrders(command.buyerId()), metaData);
            reason = UnappliedReason.MORE_THAN_OWED;
        }
        Money applied = allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        Money held = command.amount().minus(applied);
        book(command.buyerId(), command.paymentId(), command.amount(), PaymentMethod.WALLET, command.gateway(),
                command.reference(), allocations, held, held.isPositive() ? reason : null, metaData);
        return new GatewayOutcome(true, allocations, held, held.isPositive() ? reason : null);
    }

    private static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "a payment needs a positive amount");
        }
    }

    /** The buyer's delivered orders with something left to pay, oldest due first. */
    private List<Allocation> openOrders(BuyerId buyerId) {
        return jdbc.query("""
                        SELECT order_id, balance FROM write_model.receivables
                        WHERE buyer_id = ? AND balance > 0
                        ORDER BY COALESCE(due_date, delivered_at::date), delivered_at, order_id""",
                (rs, i) -> new Allocation(OrderId.of(rs.getString("order_id")), Money.of(rs.getBigDecimal("balance"))),
                buyerId.value());
    }

    /** Pays the open orders in turn until the amount is spent or every order is paid; answers the shares. */
    private List<Allocation> allocate(String paymentId, Money amount, PaymentMethod method, List<Allocation> open,
                                      MetaData metaData) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = amount;
        for (Allocation order : open) {
            if (!left.isPositive()) {
                break;
            }
            Money share = Money.min(left, order.amount());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordOrderPayment(order.orderId(),
                    Ids.derived("payment-", paymentId + "|" + order.orderId().value()), share, method))
                    .andMetaData(metaData));
            allocations.add(new Allocation(order.orderId(), share));
            left = left.minus(share);
        }
        return allocations;
    }

    private void book(BuyerId buyerId, String paymentId, Money amount, PaymentMethod method, PaymentGateway gateway,
                      String reference, List<Allocation> allocations, Money held, UnappliedReason reason,
                      MetaData metaData) {
        List<PaymentShare> shares = allocations.stream().map(a -> new PaymentShare(a.orderId(), a.amount())).toList();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AcceptPayment(PaymentAccountId.of(buyerId),
                buyerId, paymentId, amount, method, gateway, reference, shares, held, reason)).andMetaData(metaData));
    }

    /** Claims the payment id in the command's transaction; a repeat with another amount is a conflict. */
    private boolean alreadyRecorded(String paymentId, BuyerId buyerId, Money amount) {
        int claimed = jdbc.update("""
                INSERT INTO write_model.buyer_payments (payment_id, buyer_id, amount) VALUES (?, ?, ?)
                ON CONFLICT (payment_id) DO NOTHING""",
                paymentId, buyerId.value(), amount.amount());
        if (claimed == 1) {
            return false;
        }
        BigDecimal recorded = jdbc.queryForObject(
                "SELECT amount FROM write_model.buyer_payments WHERE payment_id = ? AND buyer_id = ?",
                BigDecimal.class, paymentId, buyerId.value());
        if (recorded == null || recorded.compareTo(amount.amount()) != 0) {
            throw new DomainException(ErrorCode.CONFLICT, "that payment id was recorded with another amount");
        }
        return true;
    }

    /** How much of a payment went to which order. */
    public record Allocation(OrderId orderId, Money amount) {
    }

    /**
     * What became of a gateway payment: {@code recorded} false when it was recorded before (nothing more
     * happened); the shares applied to orders; what is held unapplied, and why.
     */
    public record GatewayOutcome(boolean recorded, List<Allocation> allocations, Money held, UnappliedReason reason) {
    }
}

package np.khaacho.command.payment;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.RecordBuyerPayment;
import np.khaacho.kernel.order.RecordOrderPayment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads one buyer payment over the buyer's unpaid delivered orders, oldest due first (cash on
 * delivery counts as due on delivery). Each share is an order payment with an id derived from the
 * buyer payment's, so a repeated payment records nothing twice; all shares commit together.
 */
@Component
class BuyerPaymentHandler {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    BuyerPaymentHandler(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @CommandHandler
    public List<Allocation> handle(RecordBuyerPayment command, MetaData metaData) {
        if (command.amount() == null || !command.amount().isPositive()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "a payment needs a positive amount");
        }
        if (alreadyRecorded(command)) {
            return List.of();
        }
        List<Allocation> open = jdbc.query("""
                        SELECT order_id, balance FROM write_model.receivables
                        WHERE buyer_id = ? AND balance > 0
                        ORDER BY COALESCE(due_date, delivered_at::date), delivered_at, order_id""",
                (rs, i) -> new Allocation(OrderId.of(rs.getString("order_id")), Money.of(rs.getBigDecimal("balance"))),
                command.buyerId().value());
        Money owed = open.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        if (command.amount().isGreaterThan(owed)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE,
                    "the payment " + command.amount() + " is more than the buyer owes (" + owed + ")");
        }
        List<Allocation> allocations = new ArrayList<>();
        Money left = command.amount();
        for (Allocation order : open) {
            if (!left.isPositive()) {
                break;
            }
            Money share = Money.min(left, order.amount());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordOrderPayment(order.orderId(),
                    Ids.derived("payment-", command.paymentId() + "|" + order.orderId().value()), share,
                    command.method())).andMetaData(metaData));
            allocations.add(new Allocation(order.orderId(), share));
            left = left.minus(share);
        }
        return allocations;
    }

    /** Claims the payment id in the command's transaction; a repeat with another amount is a conflict. */
    private boolean alreadyRecorded(RecordBuyerPayment command) {
        int claimed = jdbc.update("""
                INSERT INTO write_model.buyer_payments (payment_id, buyer_id, amount) VALUES (?, ?, ?)
                ON CONFLICT (payment_id) DO NOTHING""",
                command.paymentId(), command.buyerId().value(), command.amount().amount());
        if (claimed == 1) {
            return false;
        }
        BigDecimal recorded = jdbc.queryForObject(
                "SELECT amount FROM write_model.buyer_payments WHERE payment_id = ? AND buyer_id = ?",
                BigDecimal.class, command.paymentId(), command.buyerId().value());
        if (recorded == null || recorded.compareTo(command.amount().amount()) != 0) {
            throw new DomainException(ErrorCode.CONFLICT, "that payment id was recorded with another amount");
        }
        return true;
    }

    /** How much of a payment went to which order. */
    public record Allocation(OrderId orderId, Money amount) {
    }
}

package np.khaacho.query.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import np.khaacho.kernel.payment.UnappliedCreditRefunded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Buyers' payments, refunds and the money each has held unapplied (less what went to orders later), from
 * the payment accounts' events.
 */
@Component
@ProcessingGroup("payments-projection")
class PaymentsProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    PaymentsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentReceived e, @SequenceNumber long sequence, @Timestamp Instant at) {
        ArrayNode shares = json.createArrayNode();
        Money applied = Money.ZERO;
        for (PaymentShare share : e.shares()) {
            shares.addObject().put("orderId", share.orderId().value()).put("amount", share.amount().amount());
            applied = applied.plus(share.amount());
        }
        jdbc.update("""
                        INSERT INTO read_model.payments_received (payment_id, buyer_id, amount, method, gateway, reference,
                            applied, unapplied, reason, shares, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (payment_id) DO NOTHING""",
                e.paymentId(), e.buyerId().value(), e.amount().amount(), e.method().name(),
                e.gateway() == null ? null : e.gateway().name(), e.reference(), applied.amount(), e.unapplied().amount(),
                e.reason() == null ? null : e.reason().name(), shares.toString(), utc(at));
        held(e.buyerId().value(), e.unappliedBalance(), sequence, at);
    }

    @EventHandler
    void on(UnappliedCreditRefunded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO read_model.payment_refunds (refund_id, buyer_id, amount, note, refunded_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (refund_id) DO NOTHING""",
                e.refundId(), e.buyerId().value(), e.amount().amount(), e.note(), utc(at));
        held(e.buyerId().value(), e.unappliedBalance(), sequence, at);
    }

    @EventHandler
    void on(UnappliedCreditApplied e, @SequenceNumber long sequence, @Timestamp Instant at) {
        held(e.buyerId().value(), e.unappliedBalance(), sequence, at);
    }

    private void held(String buyerId, Money balance, long sequence, Instant at) {
        jdbc.update("""
                        INSERT INTO read_model.unapplied_credit (buyer_id, balance, last_sequence, updated_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (buyer_id) DO UPDATE SET balance = excluded.balance,
                            last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
                        WHERE read_model.unapplied_credit.last_sequence < excluded.last_sequence""",
                buyerId, balance.amount(), sequence, utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.payments_received, read_model.payment_refunds, read_model.unapplied_credit");
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

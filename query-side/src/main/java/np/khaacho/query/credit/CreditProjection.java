package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Buyer credit (limit, reserved, outstanding) from the credit account's events, and what is overdue
 * from the order events that say an order is late and what is still owed on it.
 */
@Component
@ProcessingGroup("credit-projection")
class CreditProjection {

    private final CreditTables tables;

    CreditProjection(CreditTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(CreditAccountOpened e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.opened(e.buyerId().value(), e.accountId().value(), e.creditLimit(), e.paymentTerms(), sequence, at);
    }

    @EventHandler
    void on(CreditTermsChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.terms(e.buyerId().value(), e.creditLimit(), e.paymentTerms(), e.reserved(), e.outstanding(), sequence,
                at);
    }

    @EventHandler
    void on(CreditReserved e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.usage(e.buyerId().value(), e.reserved(), e.outstanding(), sequence, at);
    }

    @EventHandler
    void on(CreditReservationAdjusted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.usage(e.buyerId().value(), e.reserved(), e.outstanding(), sequence, at);
    }

    @EventHandler
    void on(CreditReleased e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.usage(e.buyerId().value(), e.reserved(), e.outstanding(), sequence, at);
    }

    @EventHandler
    void on(CreditCharged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.usage(e.buyerId().value(), e.reserved(), e.outstanding(), sequence, at);
    }

    @EventHandler
    void on(CreditRepaid e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.usage(e.buyerId().value(), e.reserved(), e.outstanding(), sequence, at);
    }

    @EventHandler
    void on(OrderOverdue e, @SequenceNumber long sequence) {
        tables.overdue(e.orderId().value(), e.buyerId().value(), e.dueDate(), e.balance(), sequence);
    }

    @EventHandler
    void on(OrderPaymentRecorded e, @SequenceNumber long sequence) {
        tables.overdueBalance(e.orderId().value(), e.balance(), sequence);
    }

    @EventHandler
    void on(OrderPaid e, @SequenceNumber long sequence) {
        // kept at zero rather than deleted, so a redelivered OrderOverdue cannot bring the debt back
        tables.overdueBalance(e.orderId().value(), Money.ZERO, sequence);
    }

    @ResetHandler
    void reset() {
        tables.truncate();
    }
}

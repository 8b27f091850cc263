package np.khaacho.query.credit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A buyer's credit account ({@code read_model.buyer_credit}) with the overdue amount beside it, added
 * up from the overdue orders when read (those rows follow order events, this one credit events).
 * Read-only: the credit projection writes the tables.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "buyer_credit")
class BuyerCreditRow {

    @Id
    private BuyerId buyerId;
    private BigDecimal creditLimit;
    @Enumerated(EnumType.STRING)
    private PaymentTerms paymentTerms;
    private BigDecimal reserved;
    private BigDecimal outstanding;
    @Formula("(SELECT coalesce(sum(credit_overdue_orders.balance), 0) FROM read_model.credit_overdue_orders"
            + " WHERE credit_overdue_orders.buyer_id = buyer_id)")
    private BigDecimal overdue;
    private Instant updatedAt;

    protected BuyerCreditRow() {
        // for Hibernate
    }

    BuyerCreditView view() {
        Money limit = Money.of(creditLimit);
        Money held = Money.of(reserved);
        Money owed = Money.of(outstanding);
        return new BuyerCreditView(buyerId, limit, held, owed, limit.minus(held).minus(owed), Money.of(overdue),
                paymentTerms, updatedAt);
    }
}

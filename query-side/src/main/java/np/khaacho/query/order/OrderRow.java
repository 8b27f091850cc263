package np.khaacho.query.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

/**
 * An order as the lists show it ({@code read_model.orders}), with its number of lines. Read-only: the
 * orders projection writes the table.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "orders")
public class OrderRow extends OrderColumns {

    @Formula("(SELECT count(*) FROM read_model.order_lines WHERE order_lines.order_id = order_id)")
    private int itemCount;

    protected OrderRow() {
        // for Hibernate
    }

    OrderSummary summary() {
        return new OrderSummary(id, orderNumber, status, paymentStatus, buyerId, buyerName, vendorId, vendorName,
                itemCount, Money.of(totalAmount), Money.of(paidAmount), deliveryDate, dueDate, overdue, respondBy,
                createdAt, updatedAt);
    }
}

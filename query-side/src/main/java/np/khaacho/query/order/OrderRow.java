package np.khaacho.query.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.InboxOrder;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.PaymentStatus;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as the reads find it in {@code read_model.orders}, with the names of its buyer and vendor
 * (joined when read: the projection keeps them apart) and its number of lines. Read-only: the orders
 * projection writes the table.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "orders")
public class OrderRow {

    private static final String PARTY_NAME = "(SELECT order_parties.name FROM read_model.order_parties"
            + " WHERE order_parties.party_id = ";

    @Id
    @Column(name = "order_id")
    private OrderId id;
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    private PaymentStatus paymentStatus;
    private BuyerId buyerId;
    @Formula(PARTY_NAME + "buyer_id)")
    private String buyerName;
    private VendorId vendorId;
    @Formula(PARTY_NAME + "vendor_id)")
    private String vendorName;
    @Formula("(SELECT count(*) FROM read_model.order_lines WHERE order_lines.order_id = order_id)")
    private int itemCount;
    private BigDecimal totalAmount;
    private BigDecimal paidAmount;
    @Enumerated(EnumType.STRING)
    private PaymentTerms paymentTerms;
    private String deliveryAddress;
    private LocalDate deliveryDate;
    private LocalDate dueDate;
    private boolean overdue;
    private Instant respondBy;
    private String declineReason;
    private Instant placedAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected OrderRow() {
        // for Hibernate
    }

    public OrderId id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public OrderStatus status() {
        return status;
    }

    public BuyerId buyerId() {
        return buyerId;
    }

    public String buyerName() {
        return buyerName;
    }

    public VendorId vendorId() {
        return vendorId;
    }

    public String vendorName() {
        return vendorName;
    }

    public Money totalAmount() {
        return Money.of(totalAmount);
    }

    public Instant createdAt() {
        return createdAt;
    }

    OrderView view(List<OrderView.Item> items) {
        return new OrderView(id, orderNumber, status, paymentStatus, buyerId, buyerName, vendorId, vendorName, items,
                Money.of(totalAmount), Money.of(paidAmount), paymentTerms, deliveryAddress, deliveryDate, dueDate,
                overdue, respondBy, declineReason, placedAt, createdAt, updatedAt);
    }

    OrderSummary summary() {
        return new OrderSummary(id, orderNumber, status, paymentStatus, buyerId, buyerName, vendorId, vendorName,
                itemCount, Money.of(totalAmount), Money.of(paidAmount), deliveryDate, dueDate, overdue, respondBy,
                createdAt, updatedAt);
    }

    /** The order in its vendor's inbox, with the seconds left to answer as of {@code now}. */
    InboxOrder waiting(List<OrderView.Item> items, Instant now) {
        long secondsLeft = respondBy == null ? 0 : Math.max(0, Duration.between(now, respondBy).toSeconds());
        return new InboxOrder(id, orderNumber, buyerId, buyerName, items, Money.of(totalAmount), deliveryAddress,
                createdAt, respondBy, secondsLeft);
    }
}

package np.khaacho.query.order;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.PaymentStatus;
import org.hibernate.annotations.Formula;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The columns of {@code read_model.orders} and the names of the order's buyer and vendor (joined when read:
 * the projection keeps them apart). Two read-only entities map them: {@link OrderRow}, an order as the
 * lists show it (with its number of lines), and {@link OrderWithLinesRow}, an order with its lines, read
 * in the same statement.
 */
@MappedSuperclass
public abstract class OrderColumns {

    private static final String PARTY_NAME = "(SELECT order_parties.name FROM read_model.order_parties"
            + " WHERE order_parties.party_id = ";

    @Id
    @Column(name = "order_id")
    OrderId id;
    String orderNumber;
    @Enumerated(EnumType.STRING)
    OrderStatus status;
    @Enumerated(EnumType.STRING)
    PaymentStatus paymentStatus;
    BuyerId buyerId;
    @Formula(PARTY_NAME + "buyer_id)")
    String buyerName;
    VendorId vendorId;
    @Formula(PARTY_NAME + "vendor_id)")
    String vendorName;
    BigDecimal totalAmount;
    BigDecimal paidAmount;
    @Enumerated(EnumType.STRING)
    PaymentTerms paymentTerms;
    String deliveryAddress;
    LocalDate deliveryDate;
    LocalDate dueDate;
    boolean overdue;
    Instant respondBy;
    String declineReason;
    Instant placedAt;
    Instant createdAt;
    Instant updatedAt;

    protected OrderColumns() {
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

}

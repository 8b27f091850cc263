package np.khaacho.kernel.query;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as buyers, vendors and staff see it: its lines as sold, where it stands, what is paid and
 * what is due. {@code placedAt} is empty while the order is a draft the buyer has not confirmed.
 */
public record OrderView(
        OrderId id,
        String orderNumber,
        OrderStatus status,
        PaymentStatus paymentStatus,
        BuyerId buyerId,
        String buyerName,
        VendorId vendorId,
        String vendorName,
        List<Item> items,
        Money totalAmount,
        Money paidAmount,
        PaymentTerms paymentTerms,
        String deliveryAddress,
        LocalDate deliveryDate,
        LocalDate dueDate,
        boolean overdue,
        Instant respondBy,
        String declineReason,
        Instant placedAt,
        Instant createdAt,
        Instant updatedAt) {

    public OrderView {
        items = List.copyOf(items);
    }

    /** One line with the product as it was sold. */
    public record Item(ProductId productId, String sku, String name, Quantity quantity, String unit, Money unitPrice,
                       Money subtotal) {
    }
}

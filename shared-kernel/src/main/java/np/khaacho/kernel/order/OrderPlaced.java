package np.khaacho.kernel.order;

import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** An order was placed: its lines, the total the order computed, and the buyer's payment terms. */
public record OrderPlaced(
        OrderId orderId,
        String orderNumber,
        BuyerId buyerId,
        VendorId vendorId,
        List<OrderLine> lines,
        Money totalAmount,
        PaymentTerms paymentTerms,
        String deliveryAddress,
        String notes) {
}

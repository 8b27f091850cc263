package np.khaacho.kernel.order;

import java.math.BigDecimal;
import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** An unconfirmed order was made from a parsed message (one per vendor); the buyer has to confirm it. */
public record OrderDrafted(
        OrderId orderId,
        String orderNumber,
        BuyerId buyerId,
        VendorId vendorId,
        List<OrderLine> lines,
        Money totalAmount,
        PaymentTerms paymentTerms,
        String deliveryAddress,
        String notes,
        String messageId,
        BigDecimal confidence,
        String language) {
}

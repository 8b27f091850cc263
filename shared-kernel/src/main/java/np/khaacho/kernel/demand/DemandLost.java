package np.khaacho.kernel.demand;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;

/**
 * Something a buyer asked for and did not get, and why: what was asked ({@code asked}, as the buyer wrote it
 * or as the order line named it), and where it is known the vendor, the product, the quantity not served
 * and its value at the price the buyer would have paid. {@code demandId} is the same however often the
 * same loss is seen (a message read again), so it counts once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandLost(String demandId, LostDemandCause cause, BuyerId buyerId, VendorId vendorId,
                         ProductId productId, String sku, String asked, Quantity quantity, Money unitPrice,
                         Money value, OrderId orderId) {
}

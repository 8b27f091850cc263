package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/**
 * What every order is made with, drafted or placed: its number, who orders from whom, and where to
 * and how to deliver. The messages that carry it keep its fields at their own top level in JSON
 * ({@code @JsonUnwrapped}), the shape events were stored in before the header was shared.
 */
public record OrderHeader(
        String orderNumber,
        BuyerId buyerId,
        VendorId vendorId,
        String deliveryAddress,
        String notes) {
}

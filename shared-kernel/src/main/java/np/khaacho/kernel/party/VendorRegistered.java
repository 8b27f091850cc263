package np.khaacho.kernel.party;

import java.util.List;
import np.khaacho.kernel.common.Money;

/** A wholesaler became a vendor. */
public record VendorRegistered(
        VendorId vendorId,
        String phone,
        String businessName,
        String city,
        List<String> deliveryAreas,
        Money minOrderAmount) {
}

package np.khaacho.kernel.party;

import java.util.List;
import np.khaacho.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a wholesaler as a vendor, with the areas it delivers to and its minimum order amount. */
public record RegisterVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        String phone,
        String businessName,
        String city,
        List<String> deliveryAreas,
        Money minOrderAmount) {
}

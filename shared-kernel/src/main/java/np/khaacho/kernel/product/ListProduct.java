package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A vendor lists a product for sale. */
public record ListProduct(
        @TargetAggregateIdentifier ProductId productId,
        VendorId vendorId,
        String sku,
        ProductDetails details,
        Money price,
        Quantity minOrderQuantity) {
}

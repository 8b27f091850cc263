package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;

/** A product's details or minimum order quantity changed. */
public record ProductDetailsUpdated(
        ProductId productId,
        VendorId vendorId,
        ProductDetails details,
        Quantity minOrderQuantity) {
}

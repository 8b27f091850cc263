package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;

/** A product was listed for sale. */
public record ProductListed(
        ProductId productId,
        VendorId vendorId,
        String sku,
        ProductDetails details,
        Money price,
        Quantity minOrderQuantity) {
}

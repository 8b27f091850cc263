package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.VendorId;

/** A product's unit price changed. */
public record ProductPriceChanged(ProductId productId, VendorId vendorId, Money previousPrice, Money price) {
}

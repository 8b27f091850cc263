package np.khaacho.kernel.product;

import np.khaacho.kernel.party.VendorId;

/** A product was taken off sale. */
public record ProductDelisted(ProductId productId, VendorId vendorId, String reason) {
}

package np.khaacho.command.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;

import java.util.List;
import java.util.Optional;

/**
 * What the Order aggregate needs to know at placement about products, vendors and buyers: a
 * resource injected into its command handler, backed by the write side's own lookup tables.
 */
public interface OrderingTerms {

    Optional<ProductTerms> product(ProductId productId);

    Optional<VendorTerms> vendor(VendorId vendorId);

    Optional<BuyerTerms> buyer(BuyerId buyerId);

    record ProductTerms(ProductId productId, VendorId vendorId, String sku, String name, String unit,
                        Money price, Quantity minOrderQuantity, ProductStatus status) {
    }

    record VendorTerms(VendorId vendorId, String businessName, List<String> deliveryAreas, Money minOrderAmount) {
    }

    record BuyerTerms(BuyerId buyerId, String city, PaymentTerms paymentTerms) {
    }
}

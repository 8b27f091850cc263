package np.khaacho.command.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;

import java.math.BigDecimal;
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

    /** The product's price in each of its vendor's price lists that names it; none: the catalog price for all. */
    default List<ListedPrice> listPrices(ProductId productId) {
        return List.of();
    }

    /**
     * The order total above which a tax invoice must name the buyer's PAN, so a VAT-registered vendor
     * takes a larger order only from a buyer who has stated one; empty: no such limit.
     */
    default Optional<Money> buyerPanThreshold() {
        return Optional.empty();
    }

    /** A product's terms; its catalog price, how it is taxed, and the multiple it is sold in (null: any quantity). */
    record ProductTerms(ProductId productId, VendorId vendorId, String sku, String name, String unit,
                        Money price, Quantity minOrderQuantity, ProductStatus status, VatClass vatClass,
                        BigDecimal orderMultiple) {

        public ProductTerms(ProductId productId, VendorId vendorId, String sku, String name, String unit,
                            Money price, Quantity minOrderQuantity, ProductStatus status, VatClass vatClass) {
            this(productId, vendorId, sku, name, unit, price, minOrderQuantity, status, vatClass, null);
        }

        public ProductTerms(ProductId productId, VendorId vendorId, String sku, String name, String unit,
                            Money price, Quantity minOrderQuantity, ProductStatus status) {
            this(productId, vendorId, sku, name, unit, price, minOrderQuantity, status, VatClass.STANDARD);
        }
    }

    /**
     * A vendor's terms; {@code issuesTaxInvoices} when it is registered for VAT and has stated its PAN;
     * {@code addsVatToPrices} when it is registered for VAT and states its catalog prices without VAT.
     */
    record VendorTerms(VendorId vendorId, String businessName, List<String> deliveryAreas, Money minOrderAmount,
                       boolean issuesTaxInvoices, boolean addsVatToPrices) {

        public VendorTerms(VendorId vendorId, String businessName, List<String> deliveryAreas, Money minOrderAmount) {
            this(vendorId, businessName, deliveryAreas, minOrderAmount, false, false);
        }
    }

    /** A buyer's terms; {@code pan} is null until the buyer states one. */
    record BuyerTerms(BuyerId buyerId, String city, PaymentTerms paymentTerms, String pan) {

        public BuyerTerms(BuyerId buyerId, String city, PaymentTerms paymentTerms) {
            this(buyerId, city, paymentTerms, null);
        }
    }
}

package np.khaacho.command.product;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;

import java.util.List;

/** One vendor's rice listing, as tests list, give and expect it. */
final class Products {

    static final ProductId RICE = ProductId.of("product-jeera-masino-25kg");
    static final VendorId VENDOR = VendorId.of("vendor-bhatbhateni-wholesale");
    static final String SKU = "RICE-JM-25";
    static final Money PRICE = Money.of("2450.00");
    static final Quantity MIN_ORDER = Quantity.of(2);

    private Products() {
    }

    static ProductDetails riceDetails() {
        return new ProductDetails("Jeera Masino Rice", "जीरा मसिनो चामल", List.of("jeera masino", "chamal"),
                "Rice", "sack", "25 kg");
    }

    static ProductDetails riceDetailsNamed(String name, String unit) {
        ProductDetails rice = riceDetails();
        return new ProductDetails(name, rice.nameNe(), rice.aliases(), rice.category(), unit, rice.packSize());
    }

    static ListProduct listRice() {
        return new ListProduct(RICE, VENDOR, SKU, riceDetails(), PRICE, MIN_ORDER);
    }

    static ProductListed riceListed() {
        return new ProductListed(RICE, VENDOR, SKU, riceDetails(), PRICE, MIN_ORDER);
    }

    static ProductDetailsUpdated detailsUpdated(ProductDetails details, Quantity minOrderQuantity) {
        return new ProductDetailsUpdated(RICE, VENDOR, details, minOrderQuantity);
    }

    static ProductPriceChanged priceChanged(Money previousPrice, Money price) {
        return new ProductPriceChanged(RICE, VENDOR, previousPrice, price);
    }

    static ProductDelisted delisted() {
        return new ProductDelisted(RICE, VENDOR, "out of season");
    }
}

package np.khaacho.kernel.reading;

import np.khaacho.kernel.product.ProductId;

import java.util.Objects;

/**
 * What a vendor says the buyer meant by a line read from its message: the vendor's product and its SKU,
 * and the buyer's own words for the line (as read from the message), which become the buyer's alias.
 */
public record LineMeant(ProductId productId, String sku, String words) {

    public LineMeant {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(words, "words");
    }
}

package np.khaacho.query.catalog;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductStatus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters of the product list; each is optional, blank means none. A vendor id that is no vendor's
 * id matches no product ({@link #matchesNothing()}).
 */
record ProductFilter(VendorId vendorId, boolean matchesNothing, String category, String sku, SearchText q,
                     ProductStatus status) {

    static ProductFilter of(String vendorId, String category, String sku, String q, String status) {
        Optional<String> vendor = Optional.ofNullable(blankToNull(vendorId));
        Optional<VendorId> parsed = vendor.flatMap(text -> Ids.parse(text, VendorId::of));
        return new ProductFilter(parsed.orElse(null), vendor.isPresent() && parsed.isEmpty(), blankToNull(category),
                blankToNull(sku), q == null || q.isBlank() ? null : SearchText.of(q), status(status));
    }

    private static ProductStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ProductStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status must be one of " + Arrays.toString(ProductStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

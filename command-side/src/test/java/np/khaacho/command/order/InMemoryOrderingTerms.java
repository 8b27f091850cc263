package np.khaacho.command.order;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ordering terms held in memory, standing in for the write side's lookup tables. */
record InMemoryOrderingTerms(Map<ProductId, ProductTerms> products, Map<VendorId, VendorTerms> vendors,
                             Map<BuyerId, BuyerTerms> buyers) implements OrderingTerms {

    static InMemoryOrderingTerms of(List<ProductTerms> products, List<VendorTerms> vendors, List<BuyerTerms> buyers) {
        return new InMemoryOrderingTerms(byKey(products, ProductTerms::productId), byKey(vendors, VendorTerms::vendorId),
                byKey(buyers, BuyerTerms::buyerId));
    }

    @Override
    public Optional<ProductTerms> product(ProductId productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public Optional<VendorTerms> vendor(VendorId vendorId) {
        return Optional.ofNullable(vendors.get(vendorId));
    }

    @Override
    public Optional<BuyerTerms> buyer(BuyerId buyerId) {
        return Optional.ofNullable(buyers.get(buyerId));
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}

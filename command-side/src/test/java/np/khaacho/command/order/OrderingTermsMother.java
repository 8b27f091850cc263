package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.command.order.OrderingTerms.VendorTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Kathmandu wholesaler with a small catalog, a second vendor, and buyers inside and outside its
 * delivery area: the terms every order test places against.
 */
final class OrderingTermsMother {

    static final VendorTerms HIMALAYAN_TRADERS = new VendorTerms(VendorId.of("vendor-himalayan-traders"),
            "Himalayan Traders", List.of("Kathmandu", " Lalitpur "), Money.of("500.00"));
    static final VendorTerms TERAI_SUPPLIES = new VendorTerms(VendorId.of("vendor-terai-supplies"),
            "Terai Supplies", List.of("Birgunj"), Money.ZERO);

    static final BuyerTerms COD_BUYER = new BuyerTerms(BuyerId.of("buyer-ram-kirana"), "Kathmandu", PaymentTerms.COD);
    static final BuyerTerms CREDIT_BUYER = new BuyerTerms(BuyerId.of("buyer-sita-store"), "Lalitpur", PaymentTerms.NET15);
    static final BuyerTerms SHOUTING_CITY_BUYER = new BuyerTerms(BuyerId.of("buyer-hari-pasal"), "  KATHMANDU ", PaymentTerms.COD);
    static final BuyerTerms DISTANT_BUYER = new BuyerTerms(BuyerId.of("buyer-pokhara-mart"), "Pokhara", PaymentTerms.COD);

    static final ProductTerms RICE = activeProduct("RICE-JEERA-25", "Jeera masino rice 25 kg", "bag", "2450.00", "1");
    static final ProductTerms LENTILS = activeProduct("DAL-MASOOR", "Masoor dal", "kg", "165.00", "0.5");
    static final ProductTerms FLOUR = activeProduct("ATTA-5KG", "Chakki atta 5 kg", "bag", "250.00", "1");
    static final ProductTerms SALT = activeProduct("SALT-IODISED", "Iodised salt", "kg", "15.50", "0.1");
    static final ProductTerms OIL = activeProduct("OIL-SUN-1L", "Sunflower oil 1 l", "bottle", "320.00", "12");
    static final ProductTerms SUGAR = product(HIMALAYAN_TRADERS, "SUGAR-1KG", "Sugar 1 kg", "kg", "110.00", "1",
            ProductStatus.DELISTED);
    static final ProductTerms TEA = product(TERAI_SUPPLIES, "TEA-ILAM-500", "Ilam tea 500 g", "packet", "450.00", "1",
            ProductStatus.ACTIVE);

    /** Soap sold only by the half dozen. */
    static final ProductTerms SOAP = new ProductTerms(ProductId.derivedFrom("SOAP-LUX"), HIMALAYAN_TRADERS.vendorId(),
            "SOAP-LUX", "Lux soap 100 g", "piece", Money.of("55.00"), Quantity.of(1), ProductStatus.ACTIVE,
            VatClass.STANDARD, new BigDecimal("6"));

    private OrderingTermsMother() {
    }

    static OrderingTerms standardTerms() {
        return withCatalog(List.of(RICE, LENTILS, FLOUR, SALT, OIL, SUGAR, TEA, SOAP));
    }

    static OrderingTerms withCatalog(List<ProductTerms> catalog) {
        return InMemoryOrderingTerms.of(catalog, List.of(HIMALAYAN_TRADERS, TERAI_SUPPLIES),
                List.of(COD_BUYER, CREDIT_BUYER, SHOUTING_CITY_BUYER, DISTANT_BUYER));
    }

    /** As many distinct active products of Himalayan Traders at NPR 10.00 each. */
    static List<ProductTerms> manyProducts(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> activeProduct("BULK-" + i, "Bulk item " + i, "piece", "10.00", "1"))
                .toList();
    }

    private static ProductTerms activeProduct(String sku, String name, String unit, String price, String minimum) {
        return product(HIMALAYAN_TRADERS, sku, name, unit, price, minimum, ProductStatus.ACTIVE);
    }

    private static ProductTerms product(VendorTerms vendor, String sku, String name, String unit, String price,
                                        String minimum, ProductStatus status) {
        return new ProductTerms(ProductId.derivedFrom(sku), vendor.vendorId(), sku, name, unit, Money.of(price),
                Quantity.of(minimum), status);
    }
}

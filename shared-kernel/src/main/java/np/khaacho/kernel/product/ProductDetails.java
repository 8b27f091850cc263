package np.khaacho.kernel.product;

import np.khaacho.kernel.invoice.VatClass;

import java.util.List;

/**
 * What a buyer reads about a product: names in English and Nepali, aliases for matching, category,
 * sale unit and pack size; and how it is taxed (standard when not stated, as in details stored
 * before VAT classes were kept).
 */
public record ProductDetails(
        String name,
        String nameNe,
        List<String> aliases,
        String category,
        String unit,
        String packSize,
        VatClass vatClass) {

    public ProductDetails {
        vatClass = VatClass.orStandard(vatClass);
    }

    public ProductDetails(String name, String nameNe, List<String> aliases, String category, String unit,
                          String packSize) {
        this(name, nameNe, aliases, category, unit, packSize, VatClass.STANDARD);
    }
}

package np.khaacho.kernel.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.invoice.VatClass;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a buyer reads about a product: names in English and Nepali, aliases for matching, category,
 * sale unit and pack size; how it is taxed (standard when not stated, as in details stored before VAT
 * classes were kept); and, for a product sold only in multiples of its sale unit (6 pieces, half a dozen),
 * that multiple and how a WhatsApp order of another quantity is rounded (up when not stated). The rounding
 * also says what becomes of items that make no whole sale unit ("40 bottles" of cartons of 12), multiple or not.
 */
public record ProductDetails(
        String name,
        String nameNe,
        List<String> aliases,
        String category,
        String unit,
        String packSize,
        VatClass vatClass,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal orderMultiple,
        @JsonInclude(JsonInclude.Include.NON_NULL) MultipleRounding multipleRounding) {

    public ProductDetails {
        vatClass = VatClass.orStandard(vatClass);
        if (orderMultiple != null && multipleRounding == null) {
            multipleRounding = MultipleRounding.UP;
        }
    }

    public ProductDetails(String name, String nameNe, List<String> aliases, String category, String unit,
                          String packSize, VatClass vatClass) {
        this(name, nameNe, aliases, category, unit, packSize, vatClass, null, null);
    }

    public ProductDetails(String name, String nameNe, List<String> aliases, String category, String unit,
                          String packSize) {
        this(name, nameNe, aliases, category, unit, packSize, VatClass.STANDARD);
    }

    /** Whether a quantity may be ordered: any, unless the product is sold in multiples. */
    public boolean allows(BigDecimal quantity) {
        return orderMultiple == null || orderMultiple.signum() <= 0
                || quantity.remainder(orderMultiple).signum() == 0;
    }
}

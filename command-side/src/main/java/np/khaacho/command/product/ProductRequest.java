package np.khaacho.command.product;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.product.MultipleRounding;
import np.khaacho.kernel.product.ProductDetails;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /v1/products} and {@code PUT /v1/products/{id}}; a product whose VAT class is not given
 * is taxed at the standard rate; one with an {@code orderMultiple} is sold only in multiples of it (a WhatsApp
 * order of another quantity rounded {@code UP}, {@code DOWN} or {@code ASK}ed about; an API order refused).
 */
public record ProductRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, dot, dash and underscore only") String sku,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameNe,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> aliases,
        @Size(max = 64) String category,
        @NotBlank @Size(max = 32) String unit,
        @Size(max = 32) String packSize,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal price,
        @DecimalMin(value = "0.001") @Digits(integer = 10, fraction = 3) BigDecimal minOrderQuantity,
        @DecimalMin(value = "0") @Digits(integer = 10, fraction = 3) BigDecimal initialStock,
        @Size(max = 64) String vendorId,
        VatClass vatClass,
        @DecimalMin(value = "0.001") @Digits(integer = 10, fraction = 3) BigDecimal orderMultiple,
        MultipleRounding multipleRounding) {

    ProductDetails details() {
        return new ProductDetails(name.trim(), nameNe, aliases == null ? List.of() : List.copyOf(aliases),
                category, unit.trim(), packSize, vatClass, orderMultiple, multipleRounding);
    }

    BigDecimal minOrderQuantityOrOne() {
        return minOrderQuantity == null ? BigDecimal.ONE : minOrderQuantity;
    }
}

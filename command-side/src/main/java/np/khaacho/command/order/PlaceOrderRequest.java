package np.khaacho.command.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /v1/orders}: lines by SKU, from one or several vendors. */
public record PlaceOrderRequest(
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items,
        @Size(max = 500) String deliveryAddress,
        @Size(max = 1000) String notes) {

    /** One line as the buyer asks for it. */
    public record Item(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
    }
}

package np.khaacho.command.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import np.khaacho.kernel.order.OrderStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code PUT /v1/orders/{id}/status}. A confirmation with {@code items} confirms part of
 * the order: the quantity the vendor can supply per SKU (0 drops the line; unlisted lines stay).
 */
public record OrderStatusRequest(
        @NotNull OrderStatus status,
        LocalDate deliveryDate,
        @Size(max = 500) String reason,
        @Size(max = 100) List<@NotNull @Valid SuppliedLine> items) {

    /**
     * What the vendor can supply of one line; with {@code meant} (the SKU of another of its products), the
     * line was read wrong from the buyer's message: it is dropped (quantity 0) and the buyer's words for it
     * mean that product from now on.
     */
    public record SuppliedLine(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @DecimalMin(value = "0") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @Size(max = 64) String meant) {

        public SuppliedLine(String sku, BigDecimal quantity) {
            this(sku, quantity, null);
        }
    }
}

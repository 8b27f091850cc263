package np.khaacho.command.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import np.khaacho.kernel.order.PaymentMethod;

import java.math.BigDecimal;

/** The body of {@code POST /v1/orders/{id}/payments}. */
public record PaymentRequest(
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull PaymentMethod method) {
}

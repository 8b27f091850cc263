package np.khaacho.command.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import np.khaacho.kernel.order.OrderStatus;

import java.time.LocalDate;

/** The body of {@code PUT /v1/orders/{id}/status}. */
public record OrderStatusRequest(
        @NotNull OrderStatus status,
        LocalDate deliveryDate,
        @Size(max = 500) String reason) {
}

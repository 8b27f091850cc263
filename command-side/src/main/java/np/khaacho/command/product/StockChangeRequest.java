package np.khaacho.command.product;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The body of {@code POST /v1/products/{id}/stock}: receive goods, or adjust by a signed quantity with a reason. */
public record StockChangeRequest(
        @NotNull StockChangeType type,
        @NotNull @Digits(integer = 10, fraction = 3) BigDecimal quantity,
        @Size(max = 500) String reason) {

    /** Whether goods arrived or the count is corrected. */
    public enum StockChangeType { RECEIVE, ADJUST }
}

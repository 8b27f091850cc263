package np.khaacho.command.pricing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code PUT /v1/price-lists/{id}/prices/{product}}: the product's price in tiers, each from a
 * quantity on ("from 10 at 2280"), in rising order.
 */
public record ListPriceRequest(@NotEmpty @Size(max = 10) List<@NotNull @Valid Tier> tiers) {

    /** From this quantity on, this unit price. */
    public record Tier(@NotNull @Positive @Digits(integer = 10, fraction = 3) BigDecimal from,
                       @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal price) {
    }
}

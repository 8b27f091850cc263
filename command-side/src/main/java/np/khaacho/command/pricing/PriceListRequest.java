package np.khaacho.command.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import np.khaacho.kernel.pricing.PriceListKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /v1/price-lists} (kind required) and {@code PUT /v1/price-lists/{id}} (kind
 * ignored: a list keeps its kind): a name, the buyers of a group list or the one buyer of a buyer's list,
 * and the first and last day it is valid (either may be left open).
 */
public record PriceListRequest(
        @Size(max = 64) String vendorId,
        @NotBlank @Size(max = 120) String name,
        PriceListKind kind,
        @Size(max = 1000) List<@NotBlank @Size(max = 64) String> buyers,
        LocalDate validFrom,
        LocalDate validUntil) {
}

package np.khaacho.kernel.pricing;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.LocalDate;
import java.util.List;

/** A vendor opened a price list; {@code buyers} are its group's or its one buyer (none for a base list). */
public record PriceListCreated(PriceListId priceListId, VendorId vendorId, String name, PriceListKind kind,
                               List<BuyerId> buyers, LocalDate validFrom, LocalDate validUntil) {
}

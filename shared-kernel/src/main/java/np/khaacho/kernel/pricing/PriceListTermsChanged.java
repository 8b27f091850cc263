package np.khaacho.kernel.pricing;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.LocalDate;
import java.util.List;

/** A price list's name, buyers or days changed; the fields carry the whole new terms. */
public record PriceListTermsChanged(PriceListId priceListId, VendorId vendorId, String name, List<BuyerId> buyers,
                                    LocalDate validFrom, LocalDate validUntil) {
}

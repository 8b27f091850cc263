package np.khaacho.kernel.pricing;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Opens a vendor's price list for its buyers (base), for the named group's buyers, or for one buyer,
 * valid from one day to another (in Nepal; either end open).
 */
public record CreatePriceList(@TargetAggregateIdentifier PriceListId priceListId, VendorId vendorId, String name,
                              PriceListKind kind, List<BuyerId> buyers, LocalDate validFrom, LocalDate validUntil) {
}

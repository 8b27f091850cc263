package np.khaacho.kernel.pricing;

import np.khaacho.kernel.party.BuyerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Renames a price list, changes whom it prices for (a group's buyers) and the days it is valid. */
public record ChangePriceListTerms(@TargetAggregateIdentifier PriceListId priceListId, String name,
                                   List<BuyerId> buyers, LocalDate validFrom, LocalDate validUntil) {
}

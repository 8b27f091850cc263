package np.khaacho.kernel.demand;

import np.khaacho.kernel.party.BuyerId;

/** A buyer asked for no more suggestions to buy again ("stop"). */
public record SuggestionsStopped(BuyerId buyerId) {
}

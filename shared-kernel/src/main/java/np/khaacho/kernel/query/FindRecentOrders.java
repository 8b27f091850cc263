package np.khaacho.kernel.query;

import np.khaacho.kernel.party.BuyerId;

/** A buyer's latest orders, newest first, drafts included; answered with a list of {@link OrderHeadline}. */
public record FindRecentOrders(BuyerId buyerId, int limit) {
}

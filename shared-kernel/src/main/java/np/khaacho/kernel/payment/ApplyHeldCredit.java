package np.khaacho.kernel.payment;

import np.khaacho.kernel.party.BuyerId;

/**
 * Apply the money held unapplied on a buyer's account to its unpaid delivered orders, oldest due first,
 * as far as it goes; keyed by {@code applicationId} (the same key applies once). Nothing held or nothing
 * owed: nothing happens.
 */
public record ApplyHeldCredit(BuyerId buyerId, String applicationId) {
}

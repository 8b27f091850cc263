package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;

/** The buyer said yes to a message's summary: every draft made from that message is placed. */
public record ConfirmDrafts(BuyerId buyerId, String messageId) {
}

package np.khaacho.kernel.query;

import np.khaacho.kernel.party.BuyerId;

/** A buyer's khata as the read side knows it; answered with a {@link Khata}. */
public record FindKhata(BuyerId buyerId) {
}

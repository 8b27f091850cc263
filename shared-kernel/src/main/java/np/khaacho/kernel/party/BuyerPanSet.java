package np.khaacho.kernel.party;

/** A buyer's PAN, as now stated. */
public record BuyerPanSet(BuyerId buyerId, String pan) {
}

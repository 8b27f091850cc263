package np.khaacho.kernel.query;

/** A buyer's latest orders, newest first, drafts included; answered with a list of {@link OrderHeadline}. */
public record FindRecentOrders(String buyerId, int limit) {
}

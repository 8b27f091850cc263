package np.khaacho.kernel.query;

/** Finds one order as the portals show it; as a subscription query, every change to it follows. */
public record FindOrder(String orderId) {
}

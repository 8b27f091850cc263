package np.khaacho.kernel.order;

/** Who called an order off; decides until when it may be done. */
public enum CancelledBy {
    BUYER, ADMIN, SYSTEM
}

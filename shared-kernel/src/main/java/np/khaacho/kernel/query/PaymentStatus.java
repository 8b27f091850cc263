package np.khaacho.kernel.query;

/** How much of an order's total has been paid. */
public enum PaymentStatus {
    UNPAID, PARTIALLY_PAID, PAID
}

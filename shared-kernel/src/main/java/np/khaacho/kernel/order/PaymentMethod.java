package np.khaacho.kernel.order;

/** How a payment was made. */
public enum PaymentMethod {
    CASH, BANK, WALLET
}

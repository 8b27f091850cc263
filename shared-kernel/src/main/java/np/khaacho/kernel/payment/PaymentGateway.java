package np.khaacho.kernel.payment;

/** The wallets a buyer pays through from a link. */
public enum PaymentGateway {
    KHALTI, ESEWA
}

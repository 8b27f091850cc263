package np.khaacho.kernel.payment;

/** The wallets a buyer pays through from a link. */
public enum PaymentGateway {
    KHALTI("Khalti"), ESEWA("eSewa");

    private final String displayName;

    PaymentGateway(String displayName) {
        this.displayName = displayName;
    }

    /** The wallet's name as people write it, in either language. */
    public String displayName() {
        return displayName;
    }
}

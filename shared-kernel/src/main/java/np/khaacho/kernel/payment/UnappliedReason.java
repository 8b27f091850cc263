package np.khaacho.kernel.payment;

/** Why some or all of a payment was not applied to orders and is held on the buyer's account. */
public enum UnappliedReason {
    /** The gateway confirmed another amount than the link asked for. */
    AMOUNT_DIFFERS,
    /** The buyer owed less than was paid (the orders were paid meanwhile, or the buyer paid more). */
    MORE_THAN_OWED
}

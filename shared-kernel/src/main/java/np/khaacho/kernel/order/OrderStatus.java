package np.khaacho.kernel.order;

/** Where an order is in its life; the terminal states end it. */
public enum OrderStatus {
    DRAFTED, PLACED, AWAITING_VENDOR, CONFIRMED, DISPATCHED, DELIVERED, PAID, REJECTED, CANCELLED, EXPIRED, DECLINED, DISCARDED;

    public boolean isTerminal() {
        return this == PAID || this == REJECTED || this == CANCELLED || this == EXPIRED || this == DECLINED
                || this == DISCARDED;
    }
}

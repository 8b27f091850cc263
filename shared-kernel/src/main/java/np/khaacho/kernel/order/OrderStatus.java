package np.khaacho.kernel.order;

/** Where an order is in its life; the terminal states end it. */
public enum OrderStatus {
    PLACED, AWAITING_VENDOR, CONFIRMED, DISPATCHED, DELIVERED, PAID, REJECTED, CANCELLED, EXPIRED;

    public boolean isTerminal() {
        return this == PAID || this == REJECTED || this == CANCELLED || this == EXPIRED;
    }
}

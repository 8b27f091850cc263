package np.khaacho.saga.notification;

/** What an outbound message is about; stored with the message so its history can be read by kind. */
public enum NotificationKind {
    ORDER_PLACED,
    ORDER_DECLINED,
    ORDER_AWAITING_VENDOR,
    VENDOR_REMINDED,
    ORDER_CONFIRMED,
    ORDER_PARTIALLY_CONFIRMED,
    ORDER_REJECTED,
    ORDER_EXPIRED,
    ORDER_CANCELLED,
    ORDER_DISPATCHED,
    ORDER_DELIVERED,
    PAYMENT_RECEIVED,
    ORDER_PAID,
    /** A wallet payment received: what went to which order, and what is held on the buyer's account. */
    PAYMENT_RECEIPT,
    PAYMENT_REMINDER,
    /** The buyer's invoice for a delivered order, its PDF attached. */
    INVOICE_ISSUED,
    /** A credit note correcting the buyer's invoice, its PDF attached. */
    CREDIT_NOTE_ISSUED,
    /** A vendor-buyer pair's statement of the BS month just ended, its PDF attached. */
    MONTHLY_STATEMENT,
    /** What a buyer usually buys and has not for longer than usual, to order again; "stop" ends them. */
    REPEAT_SUGGESTION,
    /** An answer in a buyer's WhatsApp conversation. */
    REPLY,
    /** A one-time login code. */
    LOGIN_CODE;

    /**
     * Notifications tell what happened to an order; replies, login codes, monthly statements and suggestions
     * are about no one order.
     */
    public boolean aboutAnOrder() {
        return this != REPLY && this != LOGIN_CODE && this != MONTHLY_STATEMENT && this != REPEAT_SUGGESTION;
    }
}

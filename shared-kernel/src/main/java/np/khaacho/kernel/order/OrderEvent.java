package np.khaacho.kernel.order;

/**
 * Something that happened to one order: the events the order applies, and nothing else. The family
 * is closed, so that no fold of order events can forget one silently. A new order event is permitted
 * here and gets a method in {@link Visitor}; then every {@code Visitor} fails to compile until it
 * handles the event, and every fold that handles events through annotated methods (the aggregate,
 * the projection, the notifications, the fulfilment saga) fails its module's tests until it has a
 * handler for the event or says why it ignores it ({@link IgnoresOrderEvent}).
 */
public sealed interface OrderEvent permits OrderDrafted, OrderDraftDiscarded, OrderPlaced, OrderDeclined,
        OrderAwaitingVendor, VendorReminded, OrderConfirmed, OrderPartiallyConfirmed, OrderRejected, OrderExpired,
        OrderCancelled, OrderDispatched, OrderDelivered, OrderPaymentRecorded, OrderPaid, OrderOverdue,
        PaymentReminded {

    OrderId orderId();

    void accept(Visitor visitor);

    /** One method for every order event: an implementation handles them all, or does not compile. */
    interface Visitor {

        void on(OrderDrafted event);

        void on(OrderDraftDiscarded event);

        void on(OrderPlaced event);

        void on(OrderDeclined event);

        void on(OrderAwaitingVendor event);

        void on(VendorReminded event);

        void on(OrderConfirmed event);

        void on(OrderPartiallyConfirmed event);

        void on(OrderRejected event);

        void on(OrderExpired event);

        void on(OrderCancelled event);

        void on(OrderDispatched event);

        void on(OrderDelivered event);

        void on(OrderPaymentRecorded event);

        void on(OrderPaid event);

        void on(OrderOverdue event);

        void on(PaymentReminded event);
    }
}

package np.khaacho.kernel.invoice;

/** When a vendor's invoice for an order is issued: as the goods leave, or once they are delivered. */
public enum InvoiceMoment {
    DISPATCH,
    DELIVERY
}

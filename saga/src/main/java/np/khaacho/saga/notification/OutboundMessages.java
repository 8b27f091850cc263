package np.khaacho.saga.notification;

/** Where outbound messages go: a local outbox, or WhatsApp itself. Sending the same dedup key twice sends once. */
public interface OutboundMessages {

    void send(OutboundMessage message);
}

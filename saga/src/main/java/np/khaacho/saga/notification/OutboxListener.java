package np.khaacho.saga.notification;

/** Told that a new message is in the outbox, once the transaction that queued it has committed. */
public interface OutboxListener {

    void queued();
}

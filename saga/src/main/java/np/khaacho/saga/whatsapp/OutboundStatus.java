package np.khaacho.saga.whatsapp;

/** Where an outbox message stands: waiting to go, handed to Twilio, or given up on. */
public enum OutboundStatus {
    PENDING,
    SENT,
    FAILED
}

package np.khaacho.saga.whatsapp;

/**
 * An outbox message a relay has claimed; {@code attempts} counts the calls to Twilio made for it so far.
 * A login-code message carries its code sealed, to be opened just before the call.
 */
record QueuedMessage(long id, String dedupKey, String phone, String kind, String body, String sealedCode,
                     int attempts) {

    @Override
    public String toString() {
        return "QueuedMessage[id=" + id + ", kind=" + kind + ", attempts=" + attempts + "]";
    }
}

package np.khaacho.saga.whatsapp;

import java.time.Instant;

/**
 * An outbox message a relay has claimed; {@code attempts} counts the calls to Twilio made for it so far.
 * A login-code message carries its code sealed, to be opened just before the call. {@code sendStartedAt}
 * is when an earlier send of it began, if one did and never ended (its relay stopped, or Twilio did not
 * answer): Twilio may have it already. {@code mediaUrl} is a file sent with it, if any.
 */
record QueuedMessage(long id, String dedupKey, String phone, String kind, String body, String sealedCode,
                     int attempts, Instant sendStartedAt, String mediaUrl) {

    @Override
    public String toString() {
        return "QueuedMessage[id=" + id + ", kind=" + kind + ", attempts=" + attempts + "]";
    }
}

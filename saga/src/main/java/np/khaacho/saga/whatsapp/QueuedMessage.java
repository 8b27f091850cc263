package np.khaacho.saga.whatsapp;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An outbox message a relay has claimed; {@code attempts} counts the calls to Twilio made for it so far.
 * A login-code message carries its code sealed, to be opened just before the call. {@code sendStartedAt}
 * is when an earlier send of it began, if one did and never ended (its relay stopped, or Twilio did not
 * answer): Twilio may have it already. {@code restoredFrom} is the moment a backup was begun, when this
 * database was restored from it a short while ago: the old system may have sent the message since, for
 * work the backup held unfinished. {@code mediaUrl} is a file sent with it, if any.
 */
record QueuedMessage(long id, String dedupKey, String phone, String kind, String body, String sealedCode,
                     int attempts, Instant sendStartedAt, Instant restoredFrom, String mediaUrl,
                     Map<String, String> trace) {

    QueuedMessage {
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }

    QueuedMessage(long id, String dedupKey, String phone, String kind, String body, String sealedCode, int attempts,
                  Instant sendStartedAt, Instant restoredFrom, String mediaUrl) {
        this(id, dedupKey, phone, kind, body, sealedCode, attempts, sendStartedAt, restoredFrom, mediaUrl, Map.of());
    }

    /** From when Twilio's log may hold this message already, if it may at all. */
    Optional<Instant> mayHaveBeenSentSince() {
        if (sendStartedAt == null || restoredFrom == null) {
            return Optional.ofNullable(sendStartedAt == null ? restoredFrom : sendStartedAt);
        }
        return Optional.of(sendStartedAt.isBefore(restoredFrom) ? sendStartedAt : restoredFrom);
    }

    @Override
    public String toString() {
        return "QueuedMessage[id=" + id + ", kind=" + kind + ", attempts=" + attempts + "]";
    }
}

package np.khaacho.kernel.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * A login code as it travels and waits to be sent: encrypted with a server key (opaque text), never
 * readable. The message body says {@link #PLACEHOLDER} where the code goes; whoever sends the message
 * opens the code and fills it in at that moment. After {@code expiresAt} the code logs nobody in, and
 * is not worth sending.
 */
public record SealedLoginCode(String sealed, Instant expiresAt) {

    /** What a stored login-code message says in place of the code, and so what every view shows. */
    public static final String PLACEHOLDER = "[login code]";

    public SealedLoginCode {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SealedLoginCode[expiresAt=" + expiresAt + "]";
    }
}

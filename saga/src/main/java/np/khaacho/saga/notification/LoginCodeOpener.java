package np.khaacho.saga.notification;

/**
 * Opens a sealed login code, for the one moment it is sent (or, in a demo, shown in the simulator).
 * The application that seals the codes provides it; without one, a login-code message cannot be sent.
 */
public interface LoginCodeOpener {

    /**
     * The code in clear. {@code phone} and {@code dedupKey} are the message's: a code sealed for
     * another message does not open. Throws {@link IllegalArgumentException} when it does not open.
     */
    String open(String sealed, String phone, String dedupKey);

    /** The message's body with the code in place of {@link np.khaacho.kernel.whatsapp.SealedLoginCode#PLACEHOLDER}. */
    static String fillIn(String body, String code) {
        return body.replace(np.khaacho.kernel.whatsapp.SealedLoginCode.PLACEHOLDER, code);
    }
}

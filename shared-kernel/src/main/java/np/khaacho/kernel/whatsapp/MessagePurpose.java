package np.khaacho.kernel.whatsapp;

/** Why a message other than an order notification is sent. */
public enum MessagePurpose {
    /** An answer in the conversation with a buyer (order summary, status, help). */
    REPLY,
    /** A one-time login code. */
    LOGIN_CODE
}

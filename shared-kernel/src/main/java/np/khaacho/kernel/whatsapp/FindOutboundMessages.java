package np.khaacho.kernel.whatsapp;

/**
 * The messages sent (or waiting to be sent) to a phone, newest first; every phone's when {@code phone}
 * is null. Answered with a list of {@link OutboundMessageView}.
 */
public record FindOutboundMessages(String phone, int limit) {
}

package np.khaacho.kernel.whatsapp;

/**
 * The messages sent (or waiting to be sent) to a phone, newest first; every phone's when {@code phone}
 * is null. Answered with a list of {@link OutboundMessageView}. A login code shows as
 * {@link SealedLoginCode#PLACEHOLDER}; {@code asThePhoneSeesIt} asks for the code itself, which only a
 * demo answers (the WhatsApp simulator stands in for the phone), and only while the code waits sealed.
 */
public record FindOutboundMessages(String phone, int limit, boolean asThePhoneSeesIt) {

    public FindOutboundMessages(String phone, int limit) {
        this(phone, limit, false);
    }
}

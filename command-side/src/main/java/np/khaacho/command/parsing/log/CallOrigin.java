package np.khaacho.command.parsing.log;

/**
 * Where a message being read came from, so the call log ties each call to a WhatsApp message and
 * a user; both may be null (a message read through the API has no message SID).
 */
public record CallOrigin(InputType inputType, String messageSid, String userId) {

    public static CallOrigin text(String messageSid, String userId) {
        return new CallOrigin(InputType.TEXT, messageSid, userId);
    }

    public static CallOrigin image(String messageSid, String userId) {
        return new CallOrigin(InputType.IMAGE, messageSid, userId);
    }

    public static CallOrigin unknown() {
        return text(null, null);
    }
}

package np.khaacho.saga.whatsapp;

/** Phones are kept as {@code +9779841100201}; Twilio writes WhatsApp addresses as {@code whatsapp:+9779841100201}. */
final class WhatsAppAddress {

    static final String PREFIX = "whatsapp:";

    private WhatsAppAddress() {
    }

    static String of(String phone) {
        return PREFIX + phoneOf(phone);
    }

    static String phoneOf(String address) {
        String trimmed = address.strip();
        return trimmed.startsWith(PREFIX) ? trimmed.substring(PREFIX.length()) : trimmed;
    }
}

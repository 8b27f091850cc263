package np.khaacho.kernel.whatsapp;

/** The outbound message WhatsApp knows by this SID; answered with an {@link OutboundMessageView}, or null. */
public record FindOutboundMessage(String providerSid) {
}

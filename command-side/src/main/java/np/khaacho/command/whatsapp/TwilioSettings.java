package np.khaacho.command.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * What the WhatsApp adapter needs of the Twilio account: the auth token that signs webhooks (checked
 * whenever it is set), the account's credentials for downloading media, the public address Twilio
 * posts to (the application sits behind proxies, so the address it sees is not the one Twilio signed),
 * and another API host for tests against a local stub.
 */
@ConfigurationProperties("khaacho.twilio")
public record TwilioSettings(String accountSid, String authToken, String apiBaseUrl, String publicBaseUrl) {

    public boolean signaturesChecked() {
        return present(authToken);
    }

    public boolean hasCredentials() {
        return present(accountSid) && present(authToken);
    }

    /** The API host that stands in for Twilio's, if one is configured. */
    public URI apiBase() {
        return present(apiBaseUrl) ? URI.create(apiBaseUrl) : null;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

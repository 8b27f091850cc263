package np.khaacho.saga.webpush;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Web Push: the server's key pair ({@code KHAACHO_WEB_PUSH_PUBLIC_KEY}, {@code KHAACHO_WEB_PUSH_PRIVATE_KEY};
 * a pair made at start when unset), the contact the push services may write to, and the push services a
 * subscription may name. The server posts to a subscription's endpoint, so an endpoint elsewhere (an
 * address inside the network, say) is refused: only the known services' hosts, over HTTPS
 * ({@code khaacho.web-push.allowed-hosts}).
 */
@ConfigurationProperties("khaacho.web-push")
public record WebPushSettings(String publicKey, String privateKey, String subject,
                              List<String> allowedHosts, Duration timeout,
                              Integer maxPerUser) {

    /** The push services of Chrome and Android, Firefox, Safari and Edge. */
    static final List<String> PUSH_SERVICES = List.of("fcm.googleapis.com", "updates.push.services.mozilla.com",
            "*.push.apple.com", "*.notify.windows.com");

    public WebPushSettings {
        subject = subject == null || subject.isBlank() ? "mailto:operations@khaacho.np" : subject;
        allowedHosts = allowedHosts == null || allowedHosts.isEmpty() ? PUSH_SERVICES : List.copyOf(allowedHosts);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        maxPerUser = maxPerUser == null ? 10 : maxPerUser;
    }

    boolean configuredKeys() {
        return publicKey != null && !publicKey.isBlank() && privateKey != null && !privateKey.isBlank();
    }

    /**
     * Whether the server may post to this endpoint: at a known push service's host ({@code fcm.googleapis.com},
     * {@code *.notify.windows.com}) over HTTPS; plain HTTP only to a host listed with it ({@code http://127.0.0.1}).
     */
    boolean allows(URI endpoint) {
        if (endpoint.getScheme() == null || endpoint.getHost() == null || endpoint.getRawUserInfo() != null) {
            return false;
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost().toLowerCase(Locale.ROOT);
        return allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).anyMatch(allowed -> {
            String allowedScheme = allowed.startsWith("http://") ? "http" : "https";
            String allowedHost = allowed.replaceFirst("^https?://", "");
            return scheme.equals(allowedScheme) && (allowedHost.startsWith("*.")
                    ? host.endsWith(allowedHost.substring(1)) : host.equals(allowedHost));
        });
    }
}

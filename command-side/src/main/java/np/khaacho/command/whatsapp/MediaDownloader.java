package np.khaacho.command.whatsapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Fetches a photo a buyer sent. Twilio keeps media behind the account's credentials, so they are sent
 * along, but only to Twilio's own hosts (or the configured stand-in for its API): a forged webhook
 * naming another host gets nothing, and a redirect to a storage host is followed without them.
 */
@Component
public class MediaDownloader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 3;
    private static final Logger log = LoggerFactory.getLogger(MediaDownloader.class);

    private final TwilioSettings twilio;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    MediaDownloader(TwilioSettings twilio) {
        this.twilio = twilio;
    }

    /** The media's bytes; a refusal or failure is an exception naming the reason. */
    public byte[] download(String url) throws MediaException {
        URI uri = parse(url);
        if (!twilioHost(uri)) {
            log.warn("refused media from {}: not a Twilio host", uri.getHost());
            throw new MediaException("media is not on a Twilio host: " + uri.getHost());
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
            if (twilioHost(uri) && twilio.hasCredentials()) {
                String credentials = twilio.accountSid() + ":" + twilio.authToken();
                request.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<InputStream> response = send(request.build());
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new MediaException("redirect without a location"));
                close(response);
                uri = uri.resolve(location);
                if (!"https".equals(uri.getScheme()) && !twilioHost(uri)) {
                    throw new MediaException("media redirected to an insecure address");
                }
                continue;
            }
            if (status != 200) {
                close(response);
                throw new MediaException("media download answered HTTP " + status);
            }
            return read(response);
        }
        throw new MediaException("too many redirects");
    }

    /** Twilio's API and media hosts over HTTPS, or exactly the configured stand-in. */
    boolean twilioHost(URI uri) {
        URI stub = twilio.apiBase();
        if (stub != null) {
            return sameOrigin(uri, stub);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return "https".equals(uri.getScheme()) && (host.equals("api.twilio.com") || host.endsWith(".twilio.com"));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String url) throws MediaException {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new MediaException("media address is not absolute: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new MediaException("media address is not a URL: " + url);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws MediaException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new MediaException("media download failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("media download interrupted");
        }
    }

    private static byte[] read(HttpResponse<InputStream> response) throws MediaException {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new MediaException("media is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new MediaException("media download failed: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    /** Why a photo could not be fetched. */
    public static class MediaException extends Exception {
        MediaException(String message) {
            super(message);
        }
    }
}

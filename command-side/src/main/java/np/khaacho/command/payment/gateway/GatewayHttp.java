package np.khaacho.command.payment.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One HTTP exchange with a gateway, within a timeout; anything short of an answer is a {@link GatewayUnreachable}. */
final class GatewayHttp {

    private final HttpClient http;
    private final Duration timeout;
    private final String gateway;

    GatewayHttp(String gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new GatewayUnreachable(gateway + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw new GatewayUnreachable("cannot connect to " + gateway);
        } catch (IOException e) {
            throw new GatewayUnreachable(gateway + " could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnreachable("interrupted while waiting for " + gateway);
        }
    }

    /** The gateway gave no usable answer: the payment's state is unknown for now. */
    static final class GatewayUnreachable extends RuntimeException {
        GatewayUnreachable(String message) {
            super(message);
        }
    }
}

package np.khaacho.saga.whatsapp;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's HTTP client, making each request once (the relay decides about retries, not the SDK,
 * which would repeat every 5xx three times, nor Apache's client) and, when a base URL is given, sending it there instead
 * of to Twilio's host: same path, parameters, headers and credentials.
 */
class BaseUrlHttpClient extends NetworkHttpClient {

    private static final int[] NOTHING_RETRIED = new int[0];

    private final URI base;

    BaseUrlHttpClient(Optional<URI> base) {
        super(apacheClient());
        this.base = base.orElse(null);
    }

    /** The SDK's own set-up, without Apache's automatic retries (it repeats a 429 or 503 after a second). */
    private static HttpClientBuilder apacheClient() {
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
        connections.setDefaultMaxPerRoute(10);
        connections.setMaxTotal(20);
        return HttpClientBuilder.create()
                .useSystemProperties()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .disableAutomaticRetries();
    }

    @Override
    public Response reliableRequest(Request request) {
        return reliableRequest(request, NOTHING_RETRIED, 1, 0);
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(base == null ? request : rebased(request));
    }

    Request rebased(Request request) {
        Request copy = new Request(request.getMethod(), rebase(request.getUrl()));
        if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        }
        copyParameters(request.getQueryParams(), copy::addQueryParam);
        copyParameters(request.getPostParams(), copy::addPostParam);
        copyParameters(request.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(request.getContentType());
        copy.setBody(request.getBody());
        copy.setFormParameters(request.getFormParameters());
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        return copy;
    }

    private String rebase(String url) {
        URI original = URI.create(url);
        try {
            String prefix = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
            return new URI(base.getScheme(), original.getUserInfo(), base.getHost(), base.getPort(),
                    prefix + original.getPath(), original.getQuery(), original.getFragment()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot send " + url + " to " + base, e);
        }
    }

    private static void copyParameters(Map<String, List<String>> parameters, Adder adder) {
        parameters.forEach((name, values) -> values.forEach(value -> adder.add(name, value)));
    }

    private interface Adder {
        void add(String name, String value);
    }
}

package np.khaacho.app.web;

import np.khaacho.app.support.fuzz.Caller;
import np.khaacho.app.support.fuzz.Endpoint;
import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import np.khaacho.app.support.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static np.khaacho.app.support.fuzz.Fuzzer.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a whole under hostile input: every endpoint in the family of a fuzz test, a path nobody
 * mapped, refusals made before any controller, and every read's parameters at the edges of time.
 */
class ApiFuzzTest extends FuzzTest {

    @Test
    void everyEndpointIsInExactlyOneFuzzedFamily() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        assertThat(endpoints.stream().filter(endpoint -> EndpointFamily.of(endpoint).size() != 1)
                .map(endpoint -> endpoint.key() + " in " + EndpointFamily.of(endpoint)))
                .as("endpoints in no fuzz family, or in several (EndpointFamily)").isEmpty();
    }

    @Test
    void aPathNobodyMappedAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.UNMAPPED);
    }

    /** What the fuzz found once: refusals made before any controller runs still carry the error body. */
    @Test
    void refusalsBeforeAnyControllerAnswerWithTheErrorBody() {
        Fuzzer fuzzer = new Fuzzer(port, json, 1);
        Map<String, String> admin = new LinkedHashMap<>(authorization(ADMIN_PHONE));
        admin.put("Accept", "application/json");
        // Tomcat refuses these paths itself (encoded slash, backslash, NUL, bytes that are not UTF-8)
        for (String path : List.of("/v1/orders/a%2Fb", "/v1/orders/a%5Cb", "/v1/orders/a%00b", "/v1/orders/%FF%FE",
                "/v1/products/..%2F..%2Fetc%2Fpasswd")) {
            fuzzer.expectErrorBody(fuzzer.send("GET", path, admin, null), 400);
        }
        // headers beyond what Tomcat takes
        Map<String, String> huge = new LinkedHashMap<>(admin);
        huge.put("X-Padding", "p".repeat(20_000));
        fuzzer.expectErrorBody(fuzzer.send("GET", "/v1/orders", huge, null), 400);
        // a form body that is not URL-encoded properly, on a method whose form body nobody reads
        Map<String, String> form = new LinkedHashMap<>(admin);
        form.put("Content-Type", "application/x-www-form-urlencoded");
        fuzzer.expectErrorBody(fuzzer.send("DELETE", "/v1/orders", form,
                "a=%ZZ&b=%".getBytes(StandardCharsets.UTF_8)), 405);
        fuzzer.expectErrorBody(fuzzer.send("PUT", "/v1/orders/nope/status", form,
                "status=%ZZ".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(fuzzer.failures()).isEmpty();
    }

    /**
     * What the fuzz found once (a 500 for {@code to=-999999999-01-01}), for every read with parameters:
     * each parameter alone at the edges of time, as every staff and party role, is a 2xx or a 4xx.
     */
    @Test
    void datesAtTheEdgesOfTimeAreRefusedWithAClientError() throws Exception {
        Fuzzer fuzzer = new Fuzzer(port, json, 2);
        Map<String, Caller> callers = callers(fuzzer);
        List<String> edges = List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1999-12-31",
                "-290000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z");
        int asked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("GET") || endpoint.stream() || endpoint.params().isEmpty()) {
                continue;
            }
            String path = fuzzer.fillPath(endpoint.pattern(), null);
            if (path == null) {
                continue;
            }
            for (String param : endpoint.params()) {
                for (String edge : edges) {
                    for (String role : List.of("admin", "auditor", "buyer-owner", "vendor-owner")) {
                        Map<String, String> headers = new LinkedHashMap<>(callers.get(role).headers());
                        headers.put("Accept", "application/json");
                        String asking = path + "?" + encode(param) + "=" + encode(edge);
                        fuzzer.judge(endpoint, "GET " + asking + " as " + role,
                                fuzzer.send("GET", asking, headers, null), true);
                        asked++;
                    }
                }
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(fuzzer.failures()).isEmpty();
    }
}

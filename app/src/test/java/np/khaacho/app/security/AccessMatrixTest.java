package np.khaacho.app.security;

import np.khaacho.app.security.AccessFixture.Side;
import np.khaacho.app.security.AccessMatrix.Caller;
import np.khaacho.app.security.AccessMatrix.Entry;
import np.khaacho.app.security.AccessMatrix.Outcome;
import np.khaacho.app.security.AccessMatrix.Resource;
import np.khaacho.app.security.AccessProbes.Probe;
import np.khaacho.app.security.AccessProbes.Request;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mapped endpoint, called by every kind of caller, on the caller's own resource and on someone
 * else's, answers as the approved matrix {@code src/test/resources/security/access-matrix.txt} says.
 * A mapped endpoint without lines there fails the test, and so do lines for an endpoint that is gone.
 *
 * <p>To regenerate: run this test with {@code -Dkhaacho.accessMatrix.write=true}; it writes the
 * observed matrix to {@code app/target/access-matrix/access-matrix.txt} (it does so on every failure
 * too) and never touches the approved file. Review the difference, then copy the file over the
 * approved one.
 */
class AccessMatrixTest extends IntegrationTest {

    static final String WRITE_PROPERTY = "khaacho.accessMatrix.write";
    private static final String APPROVED = "security/access-matrix.txt";
    private static final Path OBSERVED = Path.of("target", "access-matrix", "access-matrix.txt");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CommandSender commands;

    @Test
    void everyEndpointAnswersEveryCallerAsApproved() throws IOException {
        AccessFixture fixture = AccessFixture.build(commands, jdbc, this::as, System.currentTimeMillis());
        AccessProbes probes = new AccessProbes(json);
        Set<String> endpoints = mappedEndpoints();
        List<String> problems = new ArrayList<>();
        for (String endpoint : endpoints) {
            if (endpoint.contains(" /v1/") && !probes.has(endpoint)) {
                problems.add("no probe for " + endpoint + ": say in AccessProbes how to call it");
            }
        }
        for (String endpoint : probes.endpoints()) {
            if (!endpoints.contains(endpoint)) {
                problems.add("a probe for an endpoint no longer mapped: " + endpoint);
            }
        }

        Map<Caller, Api> callers = callers(fixture);
        List<Entry> observed = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Probe probe : probes.of(method, pattern)) {
                for (Caller caller : Caller.values()) {
                    for (Map.Entry<Resource, Side> target : targets(probe, caller, fixture).entrySet()) {
                        Request request = probe.request().apply(target.getValue());
                        Api.Reply reply = callers.get(caller).probe(request.method(), request.path(),
                                request.contentType(), request.body());
                        Outcome outcome = Outcome.of(reply.status(), target.getKey());
                        if (outcome == Outcome.ALLOW && showsTheOtherSide(reply, caller, fixture)) {
                            outcome = Outcome.SHOWS_OTHERS;
                        }
                        Entry entry = new Entry(method, pattern, probe.variant(), caller, target.getKey(), outcome,
                                note(reply));
                        observed.add(entry);
                        if (outcome == Outcome.ERROR_5XX) {
                            problems.add("a server error is never an access decision: " + entry.key() + " answered "
                                    + reply.status() + " to " + request.method() + " " + request.path());
                        }
                    }
                }
            }
        }

        List<Entry> approved = approved(problems);
        problems.addAll(AccessMatrix.differences(approved, observed, endpoints));
        if (Boolean.getBoolean(WRITE_PROPERTY) || !problems.isEmpty()) {
            Files.createDirectories(OBSERVED.getParent());
            Files.writeString(OBSERVED, AccessMatrix.render(AccessMatrixHeader.TEXT, observed));
        }
        assertThat(problems).as("the access matrix differs from src/test/resources/" + APPROVED
                + "; the observed matrix is in app/" + OBSERVED + "; each difference").isEmpty();
    }

    /** Every method and path pattern of every request mapping (controllers, API docs, error page) on the API port. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private Map<Caller, Api> callers(AccessFixture fixture) {
        Map<Caller, Api> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.NONE, anonymous());
        callers.put(Caller.BUYER, as(fixture.a.buyerPhone()));
        callers.put(Caller.ANOTHER_BUYER, as(fixture.b.buyerPhone()));
        callers.put(Caller.VENDOR, as(fixture.a.vendorPhone()));
        callers.put(Caller.ANOTHER_VENDOR, as(fixture.b.vendorPhone()));
        callers.put(Caller.ADMIN, as(ADMIN_PHONE));
        callers.put(Caller.AUDITOR, as(AUDITOR_PHONE));
        return callers;
    }

    /**
     * Which resources a caller tries: a buyer or vendor its own side's and the other side's; staff and
     * anonymous callers, who own nothing, side A's.
     */
    private static Map<Resource, Side> targets(Probe probe, Caller caller, AccessFixture fixture) {
        Map<Resource, Side> targets = new EnumMap<>(Resource.class);
        switch (probe.names()) {
            case NOTHING -> targets.put(Resource.NONE, fixture.a);
            case UNKNOWN -> targets.put(Resource.UNKNOWN, fixture.a);
            case SIDE_RESOURCE -> {
                if (caller.side == null) {
                    targets.put(Resource.ANY, fixture.a);
                } else {
                    boolean sideA = caller.side.equals("A");
                    targets.put(Resource.OWN, sideA ? fixture.a : fixture.b);
                    targets.put(Resource.OTHER, sideA ? fixture.b : fixture.a);
                }
            }
        }
        return targets;
    }

    /**
     * Whether a buyer's or vendor's answer names the other side's order (id or number) or the other
     * side's buyer (phone): what a filter that forgot the caller would show.
     */
    private static boolean showsTheOtherSide(Api.Reply reply, Caller caller, AccessFixture fixture) {
        if (caller.side == null) {
            return false;
        }
        Side other = caller.side.equals("A") ? fixture.b : fixture.a;
        String text = reply.text();
        return text.contains(other.orderId()) || text.contains(other.orderNumber()) || text.contains(other.buyerPhone());
    }

    /** The status and, for a refusal, the error code: shown next to the outcome, never compared. */
    private static String note(Api.Reply reply) {
        String code = reply.body() == null ? "" : reply.body().path("error").path("code").asText("");
        return reply.status() + (code.isEmpty() ? "" : " " + code);
    }

    private static List<Entry> approved(List<String> problems) throws IOException {
        ClassPathResource file = new ClassPathResource(APPROVED);
        if (!file.exists()) {
            problems.add("no approved matrix at src/test/resources/" + APPROVED);
            return List.of();
        }
        try (InputStream in = file.getInputStream()) {
            return AccessMatrix.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

package np.khaacho.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's REST API on 127.0.0.1, for the real Twilio SDK: {@code POST /2010-04-01/Accounts/{sid}/Messages.json}
 * answers a message resource ("SM…", status "queued") and records the request; it can be told to
 * fail the next requests (to anyone, or to one phone) with an HTTP status and Twilio error code, or
 * to answer them late, or to do either to every request until told to stop. It also serves media
 * ({@link #media}) the way Twilio does for inbound messages, recording whether each download carried
 * the account's credentials.
 */
public final class TwilioStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final Pattern MEDIA = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages/(MM\\w+)/Media/(ME\\w+)");

    private final HttpServer server;
    private final String accountSid;
    private final String authToken;
    private final List<MessageRequest> requests = new ArrayList<>();
    private final List<MediaRequest> mediaRequests = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Delay> delays = new ArrayList<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private volatile boolean mediaNeedsAuth;

    /** One message creation as Twilio received it; {@code to} and {@code from} as sent ({@code whatsapp:+…}). */
    public record MessageRequest(String accountSid, String to, String from, String body, String contentSid,
                                 String contentVariables, String statusCallback, String authorization,
                                 Map<String, String> parameters, int answeredStatus, String answeredSid,
                                 Instant receivedAt) {

        public boolean sentTo(String phone) {
            return addresses(to, phone);
        }

        /** The text a template message carries as its variable {{1}}; null for a free-form message. */
        public String templateText() {
            if (contentVariables == null) {
                return null;
            }
            try {
                return JSON.readTree(contentVariables).path("1").asText(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One media download: which media, and whether it carried the account's Basic credentials. */
    public record MediaRequest(String url, String authorization, boolean authorized, int answeredStatus) {
    }

    private record Failure(String to, int status, int code, int[] remaining) {
    }

    private record Delay(Duration delay, int[] remaining) {
    }

    private record Media(byte[] bytes, String contentType) {
    }

    private TwilioStub(String accountSid, String authToken) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "twilio-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static TwilioStub start(String accountSid, String authToken) {
        try {
            return new TwilioStub(accountSid, authToken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give as {@code khaacho.twilio.api-base-url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String accountSid() {
        return accountSid;
    }

    /** The {@code Authorization} header the account's SID and token make. */
    public String expectedAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
    }

    public synchronized List<MessageRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<MessageRequest> requestsTo(String phone) {
        return requests.stream().filter(request -> request.sentTo(phone)).toList();
    }

    public synchronized int requestCount() {
        return requests.size();
    }

    /** The next {@code count} message requests, to anyone, fail with this HTTP status (Twilio error 20500). */
    public void failNext(int count, int status) {
        failNext(count, status, 20500);
    }

    public synchronized void failNext(int count, int status, int twilioCode) {
        failures.add(new Failure(null, status, twilioCode, new int[]{count}));
    }

    /** The next {@code count} message requests to this phone fail with this HTTP status and Twilio error code. */
    public synchronized void failNextTo(String phone, int count, int status, int twilioCode) {
        failures.add(new Failure(phone, status, twilioCode, new int[]{count}));
    }

    /** The next {@code count} message requests are answered only after this delay. */
    public synchronized void delayNext(int count, Duration delay) {
        delays.add(new Delay(delay, new int[]{count}));
    }

    /** Twilio is down: every message request fails with this status and error code until {@link #stopFailing}. */
    public void failEverything(int status, int twilioCode) {
        failNext(Integer.MAX_VALUE, status, twilioCode);
    }

    /** Twilio is slow: every message request is answered after this delay until {@link #stopFailing}. */
    public void answerLate(Duration delay) {
        delayNext(Integer.MAX_VALUE, delay);
    }

    /** Forgets the failures and delays still to come (the recorded requests stay). */
    public synchronized void stopFailing() {
        failures.clear();
        delays.clear();
    }

    /** Serves these bytes at a Twilio media URL of this account and answers that URL. */
    public String media(byte[] bytes, String contentType) {
        String path = "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid("MM") + "/Media/" + sid("ME");
        media.put(path, new Media(bytes.clone(), contentType));
        return url() + path;
    }

    /** Whether a media download without the account's credentials is refused (401), as with Twilio's HTTP auth for media. */
    public void mediaNeedsAuth(boolean needed) {
        mediaNeedsAuth = needed;
    }

    public synchronized List<MediaRequest> mediaRequests() {
        return List.copyOf(mediaRequests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher messages = MESSAGES.matcher(path);
            if (messages.matches() && "POST".equals(exchange.getRequestMethod())) {
                createMessage(exchange, messages.group(1));
            } else if (messages.matches() && "GET".equals(exchange.getRequestMethod())) {
                listMessages(exchange, messages.group(1));
            } else if (MEDIA.matcher(path).matches() && "GET".equals(exchange.getRequestMethod())) {
                serveMedia(exchange, path);
            } else {
                answer(exchange, 404, error(20404, "The requested resource " + path + " was not found", 404));
            }
        }
    }

    private void createMessage(HttpExchange exchange, String pathSid) throws IOException {
        Map<String, String> form = form(exchange.getRequestBody());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String to = form.get("To");
        Delay delay = take(delays, d -> true, Delay::remaining);
        if (delay != null) {
            sleep(delay.delay());
        }
        int status;
        String sid = null;
        byte[] body;
        Failure failure = take(failures, f -> f.to() == null || addresses(to, f.to()), Failure::remaining);
        if (!expectedAuthorization().equals(authorization) || !accountSid.equals(pathSid)) {
            status = 401;
            body = error(20003, "Authenticate", 401);
        } else if (failure != null) {
            status = failure.status();
            body = error(failure.code(), "Stub failure " + failure.code(), failure.status());
        } else {
            status = 201;
            sid = sid("SM");
            body = messageResource(sid, form);
        }
        synchronized (this) {
            requests.add(new MessageRequest(pathSid, to, form.get("From"), form.get("Body"), form.get("ContentSid"),
                    form.get("ContentVariables"), form.get("StatusCallback"), authorization, Map.copyOf(form), status,
                    sid, Instant.now()));
        }
        answer(exchange, status, body);
    }

    /**
     * Twilio's message log: the messages it took (not those it refused) of this account, newest first,
     * filtered by {@code To} and {@code From} when given, in one page. A template message shows its text
     * variable as its body, as a template made of {@code {{1}}} alone would read.
     */
    private void listMessages(HttpExchange exchange, String pathSid) throws IOException {
        if (!expectedAuthorization().equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !accountSid.equals(pathSid)) {
            answer(exchange, 401, error(20003, "Authenticate", 401));
            return;
        }
        Map<String, String> query = form(new ByteArrayInputStream(
                Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "").getBytes(StandardCharsets.UTF_8)));
        List<Object> page = new ArrayList<>();
        List<MessageRequest> newestFirst = new ArrayList<>(requests());
        Collections.reverse(newestFirst);
        for (MessageRequest sent : newestFirst) {
            if (sent.answeredStatus() == 201 && (!query.containsKey("To") || query.get("To").equals(sent.to()))
                    && (!query.containsKey("From") || query.get("From").equals(sent.from()))) {
                Map<String, String> form = new LinkedHashMap<>(sent.parameters());
                form.putIfAbsent("Body", Objects.requireNonNullElse(sent.templateText(), ""));
                page.add(JSON.readValue(messageResource(sent.answeredSid(), form, sent.receivedAt()), Map.class));
            }
        }
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", page);
        body.put("end", Math.max(0, page.size() - 1));
        body.put("first_page_uri", uri + "?PageSize=1000&Page=0");
        body.put("next_page_uri", null);
        body.put("page", 0);
        body.put("page_size", 1000);
        body.put("previous_page_uri", null);
        body.put("start", 0);
        body.put("uri", uri + "?PageSize=1000&Page=0");
        answer(exchange, 200, JSON.writeValueAsBytes(body));
    }

    private void serveMedia(HttpExchange exchange, String path) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean authorized = expectedAuthorization().equals(authorization);
        Media found = media.get(path);
        int status = found == null ? 404 : mediaNeedsAuth && !authorized ? 401 : 200;
        synchronized (this) {
            mediaRequests.add(new MediaRequest(url() + path, authorization, authorized, status));
        }
        if (status != 200) {
            answer(exchange, status, error(status == 404 ? 20404 : 20003, status == 404 ? "Not found" : "Authenticate",
                    status));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", found.contentType());
        exchange.sendResponseHeaders(200, found.bytes().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(found.bytes());
        }
    }

    private byte[] messageResource(String sid, Map<String, String> form) throws IOException {
        return messageResource(sid, form, Instant.now());
    }

    private byte[] messageResource(String sid, Map<String, String> form, Instant created) throws IOException {
        String now = RFC_2822.format(created);
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("account_sid", accountSid);
        message.put("api_version", "2010-04-01");
        message.put("body", form.getOrDefault("Body", ""));
        message.put("date_created", now);
        message.put("date_sent", null);
        message.put("date_updated", now);
        message.put("direction", "outbound-api");
        message.put("error_code", null);
        message.put("error_message", null);
        message.put("from", form.get("From"));
        message.put("messaging_service_sid", null);
        message.put("num_media", "0");
        message.put("num_segments", "1");
        message.put("price", null);
        message.put("price_unit", "USD");
        message.put("sid", sid);
        message.put("status", "queued");
        message.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        message.put("to", form.get("To"));
        message.put("uri", uri + ".json");
        return JSON.writeValueAsBytes(message);
    }

    private static byte[] error(int code, String message, int status) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        error.put("status", status);
        return JSON.writeValueAsBytes(error);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    /** The first rule that applies, with one use spent; spent rules are dropped. */
    private synchronized <T> T take(List<T> rules, Predicate<T> applies, Function<T, int[]> remaining) {
        for (Iterator<T> it = rules.iterator(); it.hasNext(); ) {
            T rule = it.next();
            int[] left = remaining.apply(rule);
            if (left[0] <= 0) {
                it.remove();
            } else if (applies.test(rule)) {
                left[0]--;
                return rule;
            }
        }
        return null;
    }

    private static boolean addresses(String to, String phone) {
        return Objects.equals(to, phone) || Objects.equals(to, "whatsapp:" + phone);
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

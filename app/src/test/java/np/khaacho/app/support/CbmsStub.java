package np.khaacho.app.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The tax office's CBMS on 127.0.0.1: {@code POST /api/bill} and {@code /api/billreturn} take a report
 * as JSON and answer a bare number, as CBMS does: 200 saved, 101 already held (by seller PAN and
 * invoice or credit note number), 100 wrong credentials, 104 a report without its fields or in the
 * wrong form, 105 a return of a bill it does not hold. It records every request, can be told to refuse
 * the next requests (or every one, until told to stop) with a code, to hold the next answers longer
 * than a client waits, saving the bill all the same as a real server whose client timed out might, and
 * to answer the next ones late without saving anything (103 to a client long gone).
 */
public final class CbmsStub {

    public static final Set<String> BILL_FIELDS = Set.of("username", "password", "seller_pan", "buyer_pan",
            "fiscal_year", "buyer_name", "invoice_number", "invoice_date", "total_sales", "taxable_sales_vat", "vat",
            "excisable_amount", "excise", "taxable_sales_hst", "hst", "amount_for_esf", "esf", "export_sales",
            "tax_exempted_sales", "isrealtime", "datetimeClient");
    public static final Set<String> BILL_RETURN_FIELDS = Set.of("username", "password", "seller_pan", "buyer_pan",
            "fiscal_year", "buyer_name", "ref_invoice_number", "credit_note_number", "credit_note_date",
            "reason_for_return", "total_sales", "taxable_sales_vat", "vat", "excisable_amount", "excise",
            "taxable_sales_hst", "hst", "amount_for_esf", "esf", "export_sales", "tax_exempted_sales", "isrealtime",
            "datetimeClient");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BS_DATE = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}");
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\d{4}\\.\\d{3}");

    private final HttpServer server;
    private final String username;
    private final String password;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Saved> bills = new LinkedHashMap<>();
    private final Map<String, Saved> returns = new LinkedHashMap<>();
    private final List<int[]> refusals = new ArrayList<>();
    private int holdsLeft;
    private Duration hold = Duration.ZERO;
    private int lossesLeft;
    private Duration loss = Duration.ZERO;

    /** One report as CBMS received it ({@code /api/bill} or {@code /api/billreturn}) and the code it answered. */
    public record Request(String path, Map<String, Object> body, int answer, boolean held, Instant receivedAt) {

        public boolean isReturn() {
            return path.endsWith("/billreturn");
        }

        /** The invoice or credit note number it reports. */
        public String number() {
            return String.valueOf(body.get(isReturn() ? "credit_note_number" : "invoice_number"));
        }
    }

    /** A report CBMS saved, and when. */
    public record Saved(Map<String, Object> body, Instant savedAt) {
    }

    private CbmsStub(String username, String password) throws IOException {
        this.username = username;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cbms-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** A stub that takes reports with these credentials. */
    public static CbmsStub start(String username, String password) {
        try {
            return new CbmsStub(username, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give as {@code khaacho.cbms.base-url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /**
     * The next {@code count} reports, after those already to be refused, are refused with this code and
     * not saved: 100, 102 or 103 (may pass), or 104 (the report is wrong).
     */
    public synchronized void refuseNext(int count, int code) {
        refusals.add(new int[]{count, code});
    }

    /** CBMS fails: every report is refused with this code until {@link #stopRefusing}. */
    public void refuseEverything(int code) {
        refuseNext(Integer.MAX_VALUE, code);
    }

    public synchronized void stopRefusing() {
        refusals.clear();
    }

    /** The next {@code count} reports are saved, but answered only after this long. */
    public synchronized void holdNext(int count, Duration delay) {
        holdsLeft = count;
        hold = delay;
    }

    /** The next {@code count} reports are saved nowhere and answered 103 only after this long. */
    public synchronized void loseNext(int count, Duration delay) {
        lossesLeft = count;
        loss = delay;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The invoices saved, by seller PAN and invoice number ({@code 301234567 2082/83-00001}). */
    public synchronized Map<String, Saved> bills() {
        return Map.copyOf(bills);
    }

    /** The credit notes saved, by seller PAN and credit note number. */
    public synchronized Map<String, Saved> returns() {
        return Map.copyOf(returns);
    }

    public static String key(String sellerPan, String number) {
        return sellerPan + " " + number;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean bill = "/api/bill".equals(path);
            if (!"POST".equals(exchange.getRequestMethod()) || !(bill || "/api/billreturn".equals(path))) {
                answer(exchange, 404, "\"not found\"");
                return;
            }
            Map<String, Object> body;
            try {
                body = JSON.readValue(exchange.getRequestBody(), new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (IOException e) {
                record(path, Map.of(), 104, false);
                answer(exchange, 200, "104");
                return;
            }
            Duration delay = Duration.ZERO;
            int code;
            synchronized (this) {
                if (lossesLeft > 0 && username.equals(body.get("username"))) {
                    lossesLeft--;
                    code = 103;
                    delay = loss;
                } else {
                    code = decide(bill, body);
                }
                if (code == 200 && holdsLeft > 0) {
                    holdsLeft--;
                    delay = hold;
                }
                record(path, body, code, !delay.isZero());
            }
            if (!delay.isZero()) {
                sleep(delay);
                answerGone(exchange, code);
                return;
            }
            answer(exchange, 200, Integer.toString(code));
        }
    }

    /** The code CBMS answers; a report it saves is saved here, before any held answer. */
    private int decide(boolean bill, Map<String, Object> body) {
        if (!username.equals(body.get("username")) || !password.equals(body.get("password"))) {
            return 100;
        }
        if (!refusals.isEmpty()) {
            int[] refusal = refusals.get(0);
            if (--refusal[0] <= 0) {
                refusals.remove(0);
            }
            return refusal[1];
        }
        if (!body.keySet().containsAll(bill ? BILL_FIELDS : BILL_RETURN_FIELDS) || !wellFormed(bill, body)) {
            return 104;
        }
        String sellerPan = String.valueOf(body.get("seller_pan"));
        Map<String, Saved> saved = bill ? bills : returns;
        String key = key(sellerPan, String.valueOf(body.get(bill ? "invoice_number" : "credit_note_number")));
        if (saved.containsKey(key)) {
            return 101;
        }
        if (!bill && !bills.containsKey(key(sellerPan, String.valueOf(body.get("ref_invoice_number"))))) {
            return 105;
        }
        saved.put(key, new Saved(Map.copyOf(nonNull(body)), Instant.now()));
        return 200;
    }

    private static boolean wellFormed(boolean bill, Map<String, Object> body) {
        Object date = body.get(bill ? "invoice_date" : "credit_note_date");
        return body.get("seller_pan") instanceof String pan && pan.matches("\\d{9}")
                && date instanceof String d && BS_DATE.matcher(d).matches()
                && body.get("fiscal_year") instanceof String year && FISCAL_YEAR.matcher(year).matches()
                && body.get("total_sales") instanceof Number
                && body.get("isrealtime") instanceof Boolean;
    }

    private static Map<String, Object> nonNull(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        return copy;
    }

    private synchronized void record(String path, Map<String, Object> body, int code, boolean held) {
        requests.add(new Request(path, nonNull(body), code, held, Instant.now()));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers a held report; its client has usually stopped waiting and closed the connection. */
    private static void answerGone(HttpExchange exchange, int code) {
        try {
            answer(exchange, 200, Integer.toString(code));
        } catch (IOException e) {
            // the client timed out, as the hold meant it to
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.cli.ProjectFiles;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.WhatsAppClient;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A small, bounded load of demo buyers for fault tests, sent while the fault happens. WhatsApp
 * conversations, one per buyer: a realistic order text (from the labelled parsing set), then, once
 * it is drafted, a confirmation. API orders: several lines, sometimes from two vendors, each with its
 * own {@code Idempotency-Key}. Every request is repeated with the same key or MessageSid after a
 * connection failure or a 5xx, as real clients (and Twilio) do, until it is answered or two and a half minutes
 * passed. Everything the application accepted (2xx) is recorded, with every request sent, so that
 * a test can check afterwards that nothing accepted was lost or doubled and nothing else appeared.
 */
final class FaultLoad implements AutoCloseable {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final List<String> CONFIRMATIONS = List.of("YES", "yes", "ho", "हो", "ok confirm");

    /**
     * An API order as sent: who, with which key, the lines asked for, what was answered (no order ids: never
     * answered with a 2xx; status 0: never answered at all).
     */
    record ApiOrder(String buyerPhone, String idempotencyKey, List<Asked> items, List<String> orderIds, int status,
                    String error) {

        boolean accepted() {
            return status / 100 == 2;
        }

        /** Refused for what was asked (4xx): the application said it made nothing. */
        boolean refused() {
            return status / 100 == 4;
        }
    }

    /** A line as asked for: the product's SKU and the quantity. */
    record Asked(String sku, BigDecimal quantity) {
    }

    /** A WhatsApp message as sent; {@code confirms} names the order message a confirmation answers. */
    record Message(String messageSid, String phone, String body, String confirms, boolean accepted) {

        boolean isConfirmation() {
            return confirms != null;
        }
    }

    private final Function<String, Api> as;
    private final WhatsAppClient whatsApp;
    private final JdbcTemplate jdbc;
    private final long seed;
    private final LoadThreads threads = new LoadThreads("the load");
    private final Queue<ApiOrder> apiOrders = new ConcurrentLinkedQueue<>();
    private final Queue<Message> messages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final Queue<Instant[]> requestTimes = new ConcurrentLinkedQueue<>();
    private final List<String> orderTexts;

    /**
     * @param as       a client acting as the user with that phone
     * @param whatsApp Twilio towards the same application
     * @param jdbc     the application's database, to see when an order text has been drafted
     * @param seed     every random choice follows from it
     */
    FaultLoad(Function<String, Api> as, WhatsAppClient whatsApp, JdbcTemplate jdbc, long seed) {
        this.as = as;
        this.whatsApp = whatsApp;
        this.jdbc = jdbc;
        this.seed = seed;
        this.orderTexts = orderTexts();
    }

    /**
     * The usual mix on the demo data: two API clients ordering for four buyers, and three other
     * buyers in WhatsApp conversations (one of each kind on cash on delivery); not started yet.
     */
    static FaultLoad onDemoBuyers(AppProcess app, long seed) {
        return new FaultLoad(app::as, app.whatsApp(), app.jdbc(), seed)
                .apiOrders(List.of("+9779841100201", "+9779841100203", "+9779841100206", "+9779846100208"), 2)
                .whatsAppConversations(List.of("+9779856100202", "+9779851100204", "+9779861100205"));
    }

    /** The seed of a fault test's random choices: {@code -Dkhaacho.fault.seed}, else a new one; printed. */
    static long seed(Class<?> test) {
        long seed = Long.getLong("khaacho.fault.seed", System.nanoTime());
        System.out.println(test.getSimpleName() + " seed: " + seed + " (-Dkhaacho.fault.seed=" + seed + " repeats it)");
        return seed;
    }

    /** Buyers placing orders through the API, by as many clients at once. */
    FaultLoad apiOrders(List<String> buyerPhones, int clients) {
        List<Line> catalog = catalog();
        // Signed in now, while the application and its database are there.
        Map<String, Api> buyers = new LinkedHashMap<>();
        buyerPhones.forEach(phone -> buyers.put(phone, as.apply(phone)));
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seed * 31 + i);
            threads.add("fault-load-api-" + i, () -> {
                String phone = buyerPhones.get(random.nextInt(buyerPhones.size()));
                placeApiOrder(phone, buyers.get(phone), catalog, random);
                AppProcess.pause(100 + random.nextInt(300));
            });
        }
        return this;
    }

    /** One WhatsApp conversation per buyer: an order, then its confirmation once it is drafted, again and again. */
    FaultLoad whatsAppConversations(List<String> buyerPhones) {
        for (int i = 0; i < buyerPhones.size(); i++) {
            String phone = buyerPhones.get(i);
            Random random = new Random(seed * 17 + i);
            threads.add("fault-load-whatsapp-" + phone, () -> {
                converse(phone, random);
                AppProcess.pause(300 + random.nextInt(700));
            });
        }
        return this;
    }

    FaultLoad start() {
        threads.start();
        return this;
    }

    /** Sends nothing new; what is under way is finished (answered or given up); fails if a client broke. */
    void stop() {
        threads.stop(GIVE_UP_AFTER.plusSeconds(30));
    }

    /** Stops at once, abandoning what is under way (after a failure elsewhere); {@link #stop} is the orderly end. */
    @Override
    public void close() {
        threads.close();
    }

    List<ApiOrder> apiOrders() {
        return List.copyOf(apiOrders);
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    /** How many requests were sent again after a connection failure or a 5xx. */
    int repeats() {
        return repeats.get();
    }

    /** How many requests were under way (sent, not yet answered) at some moment between these two. */
    long requestsUnderWay(Instant from, Instant to) {
        return requestTimes.stream().filter(times -> times[0].isBefore(to) && times[1].isAfter(from)).count();
    }

    String summary() {
        long acceptedOrders = apiOrders.stream().filter(ApiOrder::accepted).count();
        Map<String, Long> refused = apiOrders.stream().filter(o -> !o.accepted())
                .collect(Collectors.groupingBy(o -> o.status() + " " + o.error(), Collectors.counting()));
        long orderTextsAccepted = messages.stream().filter(m -> m.accepted() && !m.isConfirmation()).count();
        long confirmationsAccepted = messages.stream().filter(m -> m.accepted() && m.isConfirmation()).count();
        return "seed " + seed + ": " + apiOrders.size() + " API orders sent, " + acceptedOrders + " accepted"
                + (refused.isEmpty() ? "" : ", not accepted " + refused) + "; " + messages.size()
                + " WhatsApp messages sent, " + orderTextsAccepted + " order texts and " + confirmationsAccepted
                + " confirmations accepted; " + repeats + " requests repeated";
    }

    // ---- API orders ----

    /** The notes of an API order say which request it came from. */
    static String notesOf(String idempotencyKey) {
        return "load order " + idempotencyKey;
    }

    private void placeApiOrder(String phone, Api buyer, List<Line> catalog, Random random) {
        String key = "fault-" + UUID.randomUUID();
        List<Map<String, Object>> items = items(catalog, random);
        List<Asked> asked = items.stream().map(item -> new Asked((String) item.get("sku"), (BigDecimal) item.get("quantity")))
                .toList();
        Map<String, Object> body = Map.of("items", items, "notes", notesOf(key));
        Api withKey = buyer.withHeader("Idempotency-Key", key);
        Optional<Api.Reply> reply = answered(() -> withKey.post("/v1/orders", body));
        if (reply.isEmpty()) {
            apiOrders.add(new ApiOrder(phone, key, asked, List.of(), 0, "never answered"));
            return;
        }
        Api.Reply answer = reply.get();
        List<String> ids = new ArrayList<>();
        if (answer.status() / 100 == 2) {
            answer.data().get("orders").forEach(order -> ids.add(order.get("orderId").asText()));
        }
        apiOrders.add(new ApiOrder(phone, key, asked, ids, answer.status(), answer.errorCode()));
    }

    /**
     * Several lines from one or two vendors, each vendor's share at least its minimum order amount
     * (the dearest of its lines is raised until it is).
     */
    private static List<Map<String, Object>> items(List<Line> catalog, Random random) {
        List<String> vendors = new ArrayList<>(catalog.stream().map(Line::vendorId).distinct().sorted().toList());
        Collections.shuffle(vendors, random);
        List<String> chosen = vendors.subList(0, 1 + random.nextInt(2));
        List<Map<String, Object>> items = new ArrayList<>();
        for (String vendor : chosen) {
            List<Line> products = new ArrayList<>(catalog.stream().filter(l -> l.vendorId().equals(vendor)).toList());
            Collections.shuffle(products, random);
            List<Line> picked = new ArrayList<>(products.subList(0, (chosen.size() == 1 ? 2 : 1) + random.nextInt(2)));
            picked.sort(Comparator.comparing(Line::price).reversed());
            Map<Line, BigDecimal> quantities = new LinkedHashMap<>();
            picked.forEach(line -> quantities.put(line, line.minQuantity().max(BigDecimal.valueOf(1 + random.nextInt(4)))));
            BigDecimal missing = picked.get(0).vendorMinimum().subtract(total(quantities));
            if (missing.signum() > 0) {
                quantities.merge(picked.get(0), missing.divide(picked.get(0).price(), 0, RoundingMode.CEILING), BigDecimal::add);
            }
            quantities.forEach((line, quantity) -> items.add(Map.of("sku", line.sku(), "quantity", quantity)));
        }
        return items;
    }

    private static BigDecimal total(Map<Line, BigDecimal> quantities) {
        return quantities.entrySet().stream().map(e -> e.getKey().price().multiply(e.getValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A product as the load orders it. */
    private record Line(String sku, String vendorId, BigDecimal price, BigDecimal minQuantity, BigDecimal vendorMinimum) {
    }

    private List<Line> catalog() {
        return jdbc.query("""
                SELECT p.sku, p.vendor_id, p.price, p.min_order_qty, v.min_order_amount
                FROM write_model.products p JOIN write_model.vendor_profiles v ON v.user_id = p.vendor_id
                WHERE p.status = 'ACTIVE' ORDER BY p.sku""",
                (rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getBigDecimal(5)));
    }

    // ---- WhatsApp ----

    private void converse(String phone, Random random) {
        String order = WhatsAppClient.newMessageSid();
        if (!send(order, phone, orderTexts.get(random.nextInt(orderTexts.size())), null)) {
            return;
        }
        if (awaitOutcome(order).filter("DRAFTED"::equals).isEmpty()) {
            return;
        }
        send(WhatsAppClient.newMessageSid(), phone, CONFIRMATIONS.get(random.nextInt(CONFIRMATIONS.size())), order);
    }

    private boolean send(String sid, String phone, String body, String confirms) {
        Map<String, String> fields = WhatsAppClient.text(sid, phone, body);
        boolean accepted = answered(() -> whatsApp.send(fields)).filter(reply -> reply.status() / 100 == 2).isPresent();
        messages.add(new Message(sid, phone, body, confirms, accepted));
        return accepted;
    }

    /** What the application made of a message, once it has read it (through restarts); empty when the load stops first. */
    private Optional<String> awaitOutcome(String sid) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (threads.running() && Instant.now().isBefore(giveUp)) {
            try {
                String outcome = outcome(jdbc, sid);
                if (outcome != null) {
                    return Optional.of(outcome);
                }
            } catch (DataAccessException e) {
                // the database is away for a moment
            }
            AppProcess.pause(200);
        }
        return Optional.empty();
    }

    /** What the application made of an inbound message; null while it has not finished reading it. */
    static String outcome(JdbcTemplate jdbc, String messageSid) {
        return jdbc.queryForList("""
                SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ? AND status = 'DONE'""",
                String.class, messageSid).stream().findFirst().orElse(null);
    }

    private List<String> orderTexts() {
        ObjectMapper json = new ObjectMapper();
        try {
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(ProjectFiles.find("data/parsing/dev.jsonl"))) {
                JsonNode example = json.readTree(line);
                if ("ORDER".equals(example.path("expected").path("intent").asText())) {
                    texts.add(example.get("text").asText());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- sending ----

    /** The first answer that is neither a 5xx nor "still in progress", asking again after failures. */
    private Optional<Api.Reply> answered(Supplier<Api.Reply> request) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (true) {
            Instant sent = Instant.now();
            try {
                Api.Reply reply = request.get();
                if (reply.status() < 500 && !"REQUEST_IN_PROGRESS".equals(reply.errorCode())) {
                    return Optional.of(reply);
                }
            } catch (UncheckedIOException e) {
                // refused, reset or timed out: the application is away for a moment
            } finally {
                requestTimes.add(new Instant[] {sent, Instant.now()});
            }
            if (Instant.now().isAfter(giveUp)) {
                return Optional.empty();
            }
            repeats.incrementAndGet();
            AppProcess.pause(RETRY_PAUSE.toMillis());
        }
    }
}

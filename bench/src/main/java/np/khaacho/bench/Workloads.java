package np.khaacho.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The loops the benchmark runs side by side; each records into the phase's {@link Recorder}. */
final class Workloads {

    static final String WEBHOOK = "/v1/whatsapp/webhook";
    static final String API_ORDERS_DONE = "API orders awaiting the vendor";
    static final String WHATSAPP_ORDERS_DONE = "WhatsApp orders awaiting the vendor";
    /** Orders as the demo buyers write them on WhatsApp, from the Kathmandu vendor's catalog, each above its minimum. */
    private static final List<String> MESSAGES = List.of(
            "3 bora jeera masino\n5 kg masoor dal",
            "Namaste dai, 3 bora mansuli chamal ra 10 kg chini pathaidinus",
            "दुई बोरा मन्सुली चामल र पाँच लिटर घिउ",
            "4 bag gyan atta, 2 bora maida, 20 kg sugar",
            "moong dal 20 kg\nrahar dal 10 kg\nchiura 10 kg",
            "सूर्यमुखी तेल ५ लिटर ४ बोतल र नुन २० प्याकेट",
            "5 kg besan, 10 kg chana dal, 2 bora jeera masino");
    private static final Set<String> GIVEN_UP = Set.of("DECLINED", "CANCELLED", "EXPIRED", "REJECTED");
    /** The way of a fulfilled order: a status further on means the wanted one was passed. */
    private static final List<String> FORWARD = List.of("PLACED", "AWAITING_VENDOR", "CONFIRMED", "DISPATCHED",
            "DELIVERED", "PAID");
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long FOLLOW_FOR_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stream-closer");
        thread.setDaemon(true);
        return thread;
    });

    private final Http http;
    private final Actors actors;
    private final Recorder recorder;
    private final Pace pace;
    private final WebhookSigner signer;
    private final AtomicInteger apiOrders = new AtomicInteger();

    Workloads(Http http, Actors actors, Recorder recorder, Pace pace, WebhookSigner signer) {
        this.http = http;
        this.actors = actors;
        this.recorder = recorder;
        this.pace = pace;
        this.signer = signer;
    }

    /** Orders through {@code POST /v1/orders} with two to four lines, followed until they await the vendor. */
    void apiOrders(int worker) {
        while (pace.next()) {
            Actors.Buyer buyer = actors.buyers().get((apiOrders.getAndIncrement() + worker) % actors.buyers().size());
            List<Map<String, Object>> items = lines();
            long start = System.nanoTime();
            Http.Reply placed = recorder.call("POST /v1/orders", http.send("POST", "/v1/orders", buyer.token(),
                    Map.of("items", items), UUID.randomUUID().toString()));
            if (!placed.ok()) {
                Pace.sleep(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            String orderId = placed.data().get("orders").get(0).get("orderId").asText();
            if (follow(buyer.token(), orderId, "API: order placed, answer -> read shows it", start,
                    "API: request -> awaiting vendor")) {
                recorder.orderDone(API_ORDERS_DONE);
            }
        }
    }

    /**
     * Two to four lines of NPR 2,600 to 4,000 each: above the vendor's minimum order of NPR 5,000, as a
     * shop's weekly order would be.
     */
    private static List<Map<String, Object>> lines() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> skus = new ArrayList<>(Bench.PRICES.keySet());
        Collections.shuffle(skus, random);
        return skus.subList(0, random.nextInt(2, 5)).stream().map(sku -> Map.<String, Object>of("sku", sku,
                "quantity", (random.nextInt(2_600, 4_000) + Bench.PRICES.get(sku) - 1) / Bench.PRICES.get(sku))).toList();
    }

    /**
     * A buyer's WhatsApp conversation: an order message, then "YES" once the draft shows (the reply
     * with the summary is queued with it), followed until the order awaits the vendor. One loop per
     * buyer, as a buyer's "YES" confirms their latest summary.
     */
    void whatsAppOrders(Actors.Buyer buyer) {
        while (pace.next()) {
            String sid = messageSid();
            String draftId = Bench.derived("order-", sid + "/" + actors.vendorId());
            long start = System.nanoTime();
            if (!message(buyer, sid, MESSAGES.get(ThreadLocalRandom.current().nextInt(MESSAGES.size())), "order")) {
                continue;
            }
            if (!awaitStatus(buyer.token(), draftId, "DRAFTED", start, "WhatsApp: message -> draft shows")) {
                continue;
            }
            long confirmed = System.nanoTime();
            if (!message(buyer, messageSid(), "YES", "YES")) {
                continue;
            }
            if (streamUntil(buyer.token(), draftId, "AWAITING_VENDOR", confirmed, "WhatsApp: YES -> awaiting vendor")) {
                recorder.since("WhatsApp: message -> awaiting vendor", start);
                recorder.orderDone(WHATSAPP_ORDERS_DONE);
            }
        }
    }

    /** The vendor works its inbox: confirms, dispatches, delivers and records payment; {@code share} of {@code of}. */
    void vendor(int share, int of) {
        String tomorrow = LocalDate.now(NEPAL).plusDays(1).toString();
        while (pace.running()) {
            Http.Reply inbox = recorder.call("GET /v1/vendors/me/inbox", http.get("/v1/vendors/me/inbox?size=50",
                    actors.vendor()));
            List<JsonNode> mine = new ArrayList<>();
            if (inbox.ok()) {
                inbox.data().path("items").forEach(order -> {
                    if (Math.floorMod(order.path("orderId").asText().hashCode(), of) == share) {
                        mine.add(order);
                    }
                });
            }
            if (mine.isEmpty()) {
                Pace.sleep(TimeUnit.MILLISECONDS.toNanos(100));
                continue;
            }
            for (JsonNode order : mine) {
                if (!pace.running()) {
                    return;
                }
                fulfil(order.path("orderId").asText(), order.path("totalAmount").asText(), tomorrow);
            }
        }
    }

    private void fulfil(String orderId, String total, String deliveryDate) {
        Map<String, Object> confirm = new LinkedHashMap<>(Map.of("status", "CONFIRMED", "deliveryDate", deliveryDate));
        for (Map<String, Object> change : List.of(confirm, Map.<String, Object>of("status", "DISPATCHED"),
                Map.<String, Object>of("status", "DELIVERED"))) {
            String status = (String) change.get("status");
            long start = System.nanoTime();
            Http.Reply answer = recorder.call("PUT /v1/orders/{id}/status " + status,
                    http.send("PUT", "/v1/orders/" + orderId + "/status", actors.vendor(), change));
            if (!answer.ok() || !awaitStatus(actors.vendor(), orderId, status, System.nanoTime(),
                    "vendor: " + status.toLowerCase() + ", answer -> read shows it")) {
                return;
            }
            recorder.since("vendor: " + status.toLowerCase() + ", request -> read shows it", start);
        }
        Http.Reply paid = recorder.call("POST /v1/orders/{id}/payments", http.send("POST",
                "/v1/orders/" + orderId + "/payments", actors.vendor(), Map.of("amount", total, "method", "CASH"),
                UUID.randomUUID().toString()));
        if (paid.ok()) {
            recorder.count("orders delivered and paid");
        }
    }

    /** What the portals read while orders flow: a buyer's order list, the vendor's inbox, the dashboard. */
    void portalReads(int reader) {
        int n = reader;
        while (pace.running()) {
            Actors.Buyer buyer = actors.buyers().get(n++ % actors.buyers().size());
            recorder.call("GET /v1/orders (buyer's list)", http.get("/v1/orders?size=20", buyer.token()));
            recorder.call("GET /v1/vendors/me/inbox", http.get("/v1/vendors/me/inbox?size=20", actors.vendor()));
            recorder.call("GET /v1/analytics/dashboard", http.get("/v1/analytics/dashboard", actors.admin()));
            Pace.sleep(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private boolean message(Actors.Buyer buyer, String sid, String body, String what) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("AccountSid", "AC00000000000000000000000000000000");
        form.put("From", "whatsapp:" + buyer.phone());
        form.put("To", "whatsapp:+14155238886");
        form.put("Body", body);
        form.put("NumMedia", "0");
        Http.Reply reply = recorder.call("POST " + WEBHOOK + " (" + what + ")",
                http.webhook(WEBHOOK, WebhookSigner.encode(form), signer.signature(form)));
        return reply.ok();
    }

    /**
     * Follows a placed order: when the read API first shows it, then, on the order's live stream (the
     * one the buyer portal follows), when it awaits the vendor.
     */
    private boolean follow(String token, String orderId, String shownAs, long start, String endToEnd) {
        long answered = System.nanoTime();
        long giveUp = answered + FOLLOW_FOR_NANOS;
        if (status(token, orderId).isEmpty()) {
            // The answer waits for the projections only so long (read-your-writes is bounded).
            recorder.count("placed orders not shown by the first read");
            while (status(token, orderId).isEmpty()) {
                if (System.nanoTime() > giveUp) {
                    recorder.count("placed orders not shown by the read API within 30 s");
                    return false;
                }
                Pace.sleep(POLL_NANOS);
            }
        }
        recorder.since(shownAs, answered);
        return streamUntil(token, orderId, "AWAITING_VENDOR", start, endToEnd);
    }

    /** Waits on {@code GET /v1/orders/{id}/stream} until the order shows {@code wanted}; at most 30 s. */
    private boolean streamUntil(String token, String orderId, String wanted, long since, String what) {
        Stream<String> lines = http.events("/v1/orders/" + orderId + "/stream", token);
        ScheduledFuture<?> giveUp = CLOSER.schedule(lines::close, FOLLOW_FOR_NANOS, TimeUnit.NANOSECONDS);
        try (lines) {
            Iterator<String> events = lines.iterator();
            while (events.hasNext()) {
                String line = events.next();
                if (!line.startsWith("data:")) {
                    continue;
                }
                Boolean outcome = reached(Http.JSON.readTree(line.substring(5)).path("status").asText(), wanted,
                        since, what);
                if (outcome != null) {
                    return outcome;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // closed after 30 s, or the connection failed: counted below
        } finally {
            giveUp.cancel(false);
        }
        recorder.count("not " + wanted + " on the order's stream within 30 s");
        return false;
    }

    private boolean awaitStatus(String token, String orderId, String wanted, long since, String what) {
        long giveUp = System.nanoTime() + FOLLOW_FOR_NANOS;
        while (System.nanoTime() < giveUp) {
            Boolean outcome = reached(status(token, orderId), wanted, since, what);
            if (outcome != null) {
                return outcome;
            }
            Pace.sleep(POLL_NANOS);
        }
        recorder.count("not " + wanted + " within 30 s");
        return false;
    }

    /**
     * True when the order shows {@code wanted} or a status further on (recording the time: the vendor may
     * have confirmed it before the first look, which then counts late), false when it ended otherwise,
     * else null.
     */
    private Boolean reached(String status, String wanted, long since, String what) {
        if (status.equals(wanted) || FORWARD.contains(wanted) && FORWARD.indexOf(status) > FORWARD.indexOf(wanted)) {
            recorder.since(what, since);
            return true;
        }
        if (GIVEN_UP.contains(status)) {
            recorder.count("orders " + status.toLowerCase());
            return false;
        }
        return null;
    }

    private String status(String token, String orderId) {
        Http.Reply order = recorder.call("GET /v1/orders/{id}", http.get("/v1/orders/" + orderId, token), true);
        return order.ok() && order.data() != null ? order.data().path("status").asText() : "";
    }

    private static String messageSid() {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return "SM" + HexFormat.of().formatHex(random);
    }
}

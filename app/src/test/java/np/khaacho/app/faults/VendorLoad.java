package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.kernel.order.OrderStatus;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The demo vendors working their inboxes over the API while a fault happens: each order that shows up
 * in a vendor's inbox is confirmed (most), rejected, or left unanswered (its vendor is reminded, then
 * it expires); a confirmed order is taken on as far as the vendor chose: dispatched, delivered, and
 * paid (cash on delivery, or a credit order paid in one or two payments, or not yet). Every request is
 * sent again after a connection failure or a 5xx, a payment with the same {@code Idempotency-Key}, as
 * the portal does. What became of each order the vendors answered is recorded: the statuses it may end
 * in. A confirmation or rejection refused because the order expired first is recorded as expired.
 */
final class VendorLoad implements AutoCloseable {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    /** How far a confirmed order is taken, in turn of likelihood. */
    private static final List<OrderStatus> TAKEN_TO = List.of(OrderStatus.CONFIRMED, OrderStatus.DISPATCHED,
            OrderStatus.DELIVERED, OrderStatus.PAID, OrderStatus.PAID, OrderStatus.PAID);

    private final Function<String, Api> as;
    private final List<String> vendorPhones;
    private final long seed;
    private final LoadThreads threads = new LoadThreads("the vendor load");
    private final Map<String, Set<OrderStatus>> ends = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();
    private final Set<String> left = ConcurrentHashMap.newKeySet();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger repeats = new AtomicInteger();

    /**
     * @param as           a client acting as the user with that phone
     * @param vendorPhones the vendors, one inbox worked at a time by each
     * @param seed         every choice follows from it
     */
    VendorLoad(Function<String, Api> as, List<String> vendorPhones, long seed) {
        this.as = as;
        this.vendorPhones = List.copyOf(vendorPhones);
        this.seed = seed;
    }

    VendorLoad start() {
        for (int i = 0; i < vendorPhones.size(); i++) {
            String phone = vendorPhones.get(i);
            Api vendor = as.apply(phone);
            Random random = new Random(seed * 13 + i);
            threads.add("vendor-load-" + phone, () -> {
                workInbox(vendor, random);
                AppProcess.pause(1000 + random.nextInt(500));
            });
        }
        threads.start();
        return this;
    }

    /** Answers nothing new; what is under way is finished; fails if a vendor's client broke. */
    void stop() {
        threads.stop(GIVE_UP_AFTER.multipliedBy(5));
    }

    @Override
    public void close() {
        threads.close();
    }

    /** The statuses each order the vendors answered (or chose to leave) may end in. */
    Map<String, Set<OrderStatus>> ends() {
        return Map.copyOf(ends);
    }

    /** The orders the vendors chose to leave unanswered. */
    Set<String> leftUnanswered() {
        return Set.copyOf(left);
    }

    /** Requests the application refused that a vendor had every right to make (none expected). */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    int repeats() {
        return repeats.get();
    }

    /** How many of each step the vendors took (answered with a 2xx). */
    Map<String, Integer> steps() {
        Map<String, Integer> counts = new TreeMap<>();
        steps.forEach((step, count) -> counts.put(step, count.get()));
        return counts;
    }

    String summary() {
        return ends.size() + " orders answered by vendors " + steps() + ", " + repeats + " vendor requests repeated";
    }

    // ---- one vendor ----

    private void workInbox(Api vendor, Random random) {
        Optional<Api.Reply> inbox = answered(() -> vendor.get("/v1/vendors/me/inbox?size=50"));
        if (inbox.isEmpty() || inbox.get().status() != 200) {
            inbox.ifPresent(reply -> refusals.add("inbox: " + reply));
            return;
        }
        for (JsonNode order : inbox.get().data().get("items")) {
            String orderId = order.get("orderId").asText();
            if (!threads.running() || ends.containsKey(orderId)) {
                continue;
            }
            int choice = random.nextInt(100);
            if (choice < 20) {
                ends.put(orderId, Set.of(OrderStatus.EXPIRED));
                left.add(orderId);
                count("left");
            } else if (choice < 35) {
                reject(vendor, orderId);
            } else {
                confirmAndTakeOn(vendor, orderId, new BigDecimal(order.get("totalAmount").asText()),
                        TAKEN_TO.get(random.nextInt(TAKEN_TO.size())), random);
            }
        }
    }

    private void reject(Api vendor, String orderId) {
        Optional<Api.Reply> reply = answered(() -> vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "REJECTED", "reason", "out of delivery slots")));
        if (answerOrExpiry(orderId, "reject", reply)) {
            ends.put(orderId, Set.of(OrderStatus.REJECTED));
        }
    }

    private void confirmAndTakeOn(Api vendor, String orderId, BigDecimal total, OrderStatus target, Random random) {
        String deliveryDate = LocalDate.now(NEPAL).plusDays(1 + random.nextInt(3)).toString();
        Optional<Api.Reply> confirmed = answered(() -> vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", deliveryDate)));
        if (!answerOrExpiry(orderId, "confirm", confirmed)) {
            return;
        }
        ends.put(orderId, Set.of(OrderStatus.CONFIRMED));
        if (target == OrderStatus.CONFIRMED || !step(vendor, orderId, "dispatch", Map.of("status", "DISPATCHED"))) {
            return;
        }
        ends.put(orderId, Set.of(OrderStatus.DISPATCHED));
        if (target == OrderStatus.DISPATCHED || !step(vendor, orderId, "deliver", Map.of("status", "DELIVERED"))) {
            return;
        }
        ends.put(orderId, Set.of(OrderStatus.DELIVERED));
        String terms = answered(() -> vendor.get("/v1/orders/" + orderId)).filter(r -> r.status() == 200)
                .map(r -> r.data().get("paymentTerms").asText()).orElse("COD");
        boolean cash = "COD".equals(terms);
        if (target == OrderStatus.DELIVERED) {
            // a credit order the buyer has paid part of, or nothing yet
            if (!cash && random.nextBoolean()) {
                pay(vendor, orderId, total.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN), "BANK");
            }
            return;
        }
        if (!cash && random.nextBoolean()) {
            BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            if (!pay(vendor, orderId, half, "WALLET")) {
                return;
            }
            count("part payment");
            if (!pay(vendor, orderId, total.subtract(half), "BANK")) {
                return;
            }
        } else if (!pay(vendor, orderId, total, cash ? "CASH" : "BANK")) {
            return;
        }
        ends.put(orderId, Set.of(OrderStatus.PAID));
    }

    private boolean pay(Api vendor, String orderId, BigDecimal amount, String method) {
        Api withKey = vendor.withHeader("Idempotency-Key", "vendor-payment-" + UUID.randomUUID());
        Optional<Api.Reply> reply = answered(() -> withKey.post("/v1/orders/" + orderId + "/payments",
                Map.of("amount", amount, "method", method)));
        return accepted(orderId, "pay", reply);
    }

    private boolean step(Api vendor, String orderId, String step, Map<String, Object> body) {
        return accepted(orderId, step, answered(() -> vendor.put("/v1/orders/" + orderId + "/status", body)));
    }

    /** A step the vendor may take whatever happens around it: anything but a 2xx is a refusal to report. */
    private boolean accepted(String orderId, String step, Optional<Api.Reply> reply) {
        if (reply.isPresent() && reply.get().status() / 100 == 2) {
            count(step);
            return true;
        }
        refusals.add(step + " " + orderId + ": " + reply.map(Api.Reply::toString).orElse("never answered"));
        // where it stands now is not known: anything from the last step on
        ends.computeIfPresent(orderId, (id, end) -> Set.of(OrderStatus.CONFIRMED, OrderStatus.DISPATCHED,
                OrderStatus.DELIVERED, OrderStatus.PAID));
        return false;
    }

    /**
     * The vendor's answer to a waiting order: accepted, or refused because the order expired just before
     * (it is then recorded as expired, which the audit checks); any other answer is a refusal to report.
     */
    private boolean answerOrExpiry(String orderId, String step, Optional<Api.Reply> reply) {
        if (reply.isPresent() && reply.get().status() / 100 == 2) {
            count(step);
            return true;
        }
        if (reply.isPresent() && reply.get().status() == 409 && "ILLEGAL_TRANSITION".equals(reply.get().errorCode())) {
            count(step + " too late");
            ends.put(orderId, Set.of(OrderStatus.EXPIRED));
            return false;
        }
        refusals.add(step + " " + orderId + ": " + reply.map(Api.Reply::toString).orElse("never answered"));
        ends.put(orderId, Set.of(OrderStatus.values()));
        return false;
    }

    private void count(String step) {
        steps.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
    }

    /** The first answer that is not a 5xx, asking again after failures; empty after a minute of failures. */
    private Optional<Api.Reply> answered(Supplier<Api.Reply> request) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (true) {
            try {
                Api.Reply reply = request.get();
                if (reply.status() < 500) {
                    return Optional.of(reply);
                }
            } catch (UncheckedIOException e) {
                // refused, reset or timed out: the instance went away
            }
            if (Instant.now().isAfter(giveUp)) {
                return Optional.empty();
            }
            repeats.incrementAndGet();
            AppProcess.pause(RETRY_PAUSE.toMillis());
        }
    }
}

package np.khaacho.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one phase measured: latencies by endpoint, the times things took to show, and counts by workload. */
final class Recorder {

    private final Map<String, Stats> endpoints = new ConcurrentHashMap<>();
    private final Map<String, Stats> durations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    /** When an order last reached the vendor ({@link #orderDone}). */
    private final AtomicLong lastOrderDone = new AtomicLong();

    /** Records the call's latency under its endpoint (method and path template) and passes the reply on. */
    Http.Reply call(String endpoint, Http.Reply reply) {
        return call(endpoint, reply, false);
    }

    /** As {@link #call(String, Http.Reply)}, where a 404 is an expected answer (a poll for what is not there yet). */
    Http.Reply call(String endpoint, Http.Reply reply, boolean mayBeMissing) {
        endpoints.computeIfAbsent(endpoint, e -> new Stats()).add(reply.micros());
        if (!reply.ok() && !(mayBeMissing && reply.status() == 404)) {
            count("failed " + endpoint + " (" + reply.status() + ")");
        }
        return reply;
    }

    /** Records how long something took from {@code startNanos} until now, in microseconds. */
    void since(String what, long startNanos) {
        durations.computeIfAbsent(what, e -> new Stats()).add((System.nanoTime() - startNanos) / 1_000);
    }

    void count(String what) {
        counts.computeIfAbsent(what, e -> new AtomicInteger()).incrementAndGet();
    }

    /** An order reached its vendor: counted under {@code what}, and the time noted. */
    void orderDone(String what) {
        count(what);
        lastOrderDone.accumulateAndGet(System.nanoTime(), Math::max);
    }

    /** When the last order reached its vendor ({@link System#nanoTime()}), or 0 if none did. */
    long lastOrderDone() {
        return lastOrderDone.get();
    }

    int count(String what, int ifNone) {
        AtomicInteger count = counts.get(what);
        return count == null ? ifNone : count.get();
    }

    void print(double seconds) {
        System.out.println("  latency by endpoint:");
        new TreeMap<>(endpoints).forEach((endpoint, stats) -> System.out.printf("    %-44s %s%n", endpoint, stats.millis()));
        System.out.println("  write accepted -> visible in the read API, and end to end:");
        new TreeMap<>(durations).forEach((what, stats) -> System.out.printf("    %-44s %s%n", what, stats.millis()));
        System.out.println("  counts:");
        new TreeMap<>(counts).forEach((what, count) -> System.out.printf("    %-44s %7d  %7.1f/s%n", what, count.get(),
                count.get() / seconds));
    }
}

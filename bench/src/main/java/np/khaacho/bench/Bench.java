package np.khaacho.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running Khaacho over HTTP on loopback, bounded in count and time, and prints figures:
 * orders per second end to end (placed through the API until the saga has them waiting for the
 * vendor, as the read API shows), latency of placement and of the reads, projection lag, memory,
 * PostgreSQL's share of the CPU, at full speed and at a fixed rate of half that, then the speed of
 * replaying every projection.
 */
public final class Bench {

    private static final String ADMIN = "+9779800000001";
    private static final String VENDOR = "+9779851012301";
    /** Demo buyers (all inside the Kathmandu vendor's delivery areas) and their payment terms. */
    private static final Map<String, String> BUYERS = Map.of("+9779841100201", "NET15", "+9779856100202", "NET7",
            "+9779841100203", "NET30", "+9779851100204", "NET30", "+9779861100205", "COD", "+9779841100206", "NET7",
            "+9779808100207", "NET15", "+9779846100208", "COD");
    private static final List<String> SKUS = List.of("RICE-JEERA-25KG", "DAL-MASOOR-KG");

    private final Options options;
    private final Http http;
    private final String admin;
    private final String vendor;
    private final List<String> buyers = new ArrayList<>();

    private Bench(Options options) {
        this.options = options;
        this.http = new Http(options.baseUrl());
        Tokens tokens = new Tokens(options.jar());
        this.admin = tokens.forPhone(ADMIN);
        this.vendor = tokens.forPhone(VENDOR);
        BUYERS.keySet().stream().sorted().forEach(phone -> buyers.add(tokens.forPhone(phone)));
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        System.out.printf("Khaacho benchmark against %s (%d workers, at most %d s and %d orders per phase)%n%n",
                options.baseUrl(), options.workers(), options.seconds(), options.maxOrders());
        bench.prepare();
        CpuSampler cpu = new CpuSampler(options.appPid());
        Result full = bench.run("full speed", 0, cpu);
        double half = Math.max(1, full.ordersPerSecond() / 2);
        bench.run(String.format("fixed rate %.0f orders/s", half), half, cpu);
        bench.replay();
        if (options.appPid() > 0) {
            System.out.printf("%napplication peak RSS: %d MiB%n", cpu.peakRssMib());
        }
    }

    /** Enough stock and credit that the load measures the flow, not its refusals. */
    private void prepare() {
        for (String sku : SKUS) {
            Http.Reply stock = http.send("POST", "/v1/products/" + derived("product-", "sku:" + sku) + "/stock", vendor,
                    Map.of("type", "RECEIVE", "quantity", 10_000_000, "reason", "benchmark stock"));
            require(stock, "stock for " + sku);
        }
        List<String> phones = BUYERS.keySet().stream().sorted().toList();
        phones.forEach(phone -> {
            String token = buyers.get(phones.indexOf(phone));
            Http.Reply credit = http.send("PUT", "/v1/buyers/" + Tokens.subject(token) + "/credit", admin,
                    Map.of("creditLimit", 1_000_000_000, "paymentTerms", BUYERS.get(phone)));
            require(credit, "credit for " + phone);
        });
    }

    private Result run(String name, double rate, CpuSampler cpu) throws InterruptedException {
        Stats place = new Stats();
        Stats endToEnd = new Stats();
        Stats reads = new Stats();
        Stats lag = new Stats();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong peakHeap = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.seconds());
        long[] cpuBefore = cpu.sample();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sample(lag, peakHeap, reads), 0, 250, TimeUnit.MILLISECONDS);

        long begin = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(options.workers());
        long intervalNanos = rate > 0 ? (long) (1_000_000_000L / rate) : 0;
        for (int w = 0; w < options.workers(); w++) {
            int worker = w;
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int n = started.getAndIncrement();
                    if (n >= options.maxOrders()) {
                        return;
                    }
                    if (intervalNanos > 0) {
                        long due = begin + n * intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleepNanos(wait);
                        }
                    }
                    if (order(buyers.get((n + worker) % buyers.size()), place, endToEnd, reads)) {
                        completed.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(options.seconds() + 120L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - begin) / 1e9;
        sampler.shutdownNow();
        long[] cpuAfter = cpu.sample();

        double throughput = completed.get() / seconds;
        System.out.printf("== %s: %d orders end to end in %.1f s = %.1f orders/s (%d failed)%n", name,
                completed.get(), seconds, throughput, failed.get());
        System.out.println("  POST /v1/orders          " + place.millis());
        System.out.println("  placed -> awaiting vendor " + endToEnd.millis());
        System.out.println("  GET reads (orders, inbox, dashboard) " + reads.millis());
        System.out.printf("  projection lag (events behind head): p50 %d  p99 %d  max %d%n",
                lag.percentile(50), lag.percentile(99), lag.max());
        if (peakHeap.get() > 0) {
            System.out.printf("  peak heap used: %d MiB%n", peakHeap.get() / (1024 * 1024));
        }
        long app = cpuAfter[0] - cpuBefore[0];
        long postgres = cpuAfter[1] - cpuBefore[1];
        if (app + postgres > 0 && options.appPid() > 0) {
            System.out.printf("  CPU: PostgreSQL %.0f%% of application + PostgreSQL%n", 100.0 * postgres / (app + postgres));
        }
        System.out.println();
        return new Result(throughput);
    }

    /** Places one order and follows it through the read API until the saga has it waiting for the vendor. */
    private boolean order(String buyer, Stats place, Stats endToEnd, Stats reads) {
        long start = System.nanoTime();
        Http.Reply placed = http.send("POST", "/v1/orders", buyer, Map.of("items", List.of(
                Map.of("sku", SKUS.get(0), "quantity", 3), Map.of("sku", SKUS.get(1), "quantity", 1.5))));
        if (!placed.ok()) {
            return false;
        }
        place.add(placed.micros());
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < giveUp) {
            Http.Reply order = http.get("/v1/orders/" + orderId, buyer);
            reads.add(order.micros());
            String status = order.ok() && order.data() != null ? order.data().path("status").asText() : "";
            if (status.equals("AWAITING_VENDOR")) {
                endToEnd.add((System.nanoTime() - start) / 1_000);
                return true;
            }
            if (status.equals("DECLINED")) {
                return false;
            }
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return false;
    }

    private void sample(Stats lag, AtomicLong peakHeap, Stats reads) {
        Http.Reply status = http.get("/v1/admin/projections", admin);
        if (status.ok()) {
            long worst = 0;
            for (JsonNode projection : status.data()) {
                worst = Math.max(worst, projection.path("lag").asLong());
            }
            lag.add(worst);
        }
        Http.Reply inbox = http.get("/v1/vendors/me/inbox?size=20", vendor);
        reads.add(inbox.micros());
        Http.Reply dashboard = http.get("/v1/analytics/dashboard", admin);
        reads.add(dashboard.micros());
        Http.Reply heap = http.get("/actuator/metrics/jvm.memory.used?tag=area:heap", admin);
        if (heap.ok() && heap.body() != null) {
            long used = heap.body().path("measurements").path(0).path("value").asLong();
            peakHeap.accumulateAndGet(used, Math::max);
        }
    }

    private void replay() throws InterruptedException {
        Http.Reply list = http.get("/v1/admin/projections", admin);
        require(list, "projection status");
        Map<String, Long> heads = new LinkedHashMap<>();
        long begin = System.nanoTime();
        for (JsonNode projection : list.data()) {
            String name = projection.get("name").asText();
            require(http.send("POST", "/v1/admin/projections/" + name + "/replay", admin, Map.of()), "replay " + name);
            heads.put(name, projection.get("head").asLong());
        }
        long total = 0;
        while (System.nanoTime() - begin < TimeUnit.MINUTES.toNanos(10)) {
            Http.Reply status = http.get("/v1/admin/projections", admin);
            boolean done = true;
            for (JsonNode projection : status.data()) {
                done &= !projection.get("replaying").asBoolean() && projection.get("lag").asLong() == 0;
            }
            if (done) {
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf("== replay of %d projections (all at once, sharing the machine)%n", heads.size());
                for (JsonNode projection : status.data()) {
                    long events = projection.get("head").asLong();
                    total += events;
                    System.out.printf("  %-22s %8d events  %8d events/s (its own measure)%n",
                            projection.get("name").asText(), events,
                            projection.path("replay").path("eventsPerSecond").asLong());
                }
                System.out.printf("  all: %d events replayed in %.1f s = %.0f events/s%n", total, seconds, total / seconds);
                return;
            }
            Thread.sleep(100);
        }
        System.out.println("replay did not finish within 10 minutes");
    }

    private static String derived(String prefix, String name) {
        return prefix + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static void require(Http.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " failed: " + reply.status() + " " + reply.body());
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a phase achieved. */
    private record Result(double ordersPerSecond) {
    }

    /** Command-line options, with defaults for a local run. */
    record Options(String baseUrl, String jar, int workers, int seconds, int maxOrders, long appPid) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(given.getOrDefault("base-url", "http://127.0.0.1:8080"),
                    given.getOrDefault("jar", "app/target/khaacho.jar"),
                    Integer.parseInt(given.getOrDefault("workers", "16")),
                    Integer.parseInt(given.getOrDefault("seconds", "30")),
                    Integer.parseInt(given.getOrDefault("max-orders", "5000")),
                    Long.parseLong(given.getOrDefault("app-pid", "0")));
        }
    }
}

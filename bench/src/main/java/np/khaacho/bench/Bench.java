package np.khaacho.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Drives a running Khaacho over HTTP on loopback, bounded in count and time, and prints figures. The
 * workloads run together: API orders and WhatsApp orders (a signed webhook message, then "YES") followed
 * until the saga has them waiting for the vendor; the vendor confirming, dispatching, delivering and
 * recording payment; portal reads. A phase at full speed is followed by one at a fixed rate of half
 * its order throughput (or {@code --rate}), then by a placement phase (orders only, as fast as they go),
 * then every projection is replayed.
 */
public final class Bench {

    static final String ADMIN = "+9779800000001";
    static final String VENDOR = "+9779851012301";
    /** Demo buyers (all inside the Kathmandu vendor's delivery areas) and their payment terms. */
    static final Map<String, String> BUYERS = Map.of("+9779841100201", "NET15", "+9779856100202", "NET7",
            "+9779841100203", "NET30", "+9779851100204", "NET30", "+9779861100205", "COD", "+9779841100206", "NET7",
            "+9779808100207", "NET15", "+9779846100208", "COD");
    /** The Kathmandu vendor's catalog (demo data) and its unit prices in NPR: API orders take a few lines. */
    static final Map<String, Integer> PRICES = Map.ofEntries(Map.entry("RICE-JEERA-25KG", 2350),
            Map.entry("RICE-MANSULI-25KG", 1850), Map.entry("RICE-BASMATI-5KG", 960), Map.entry("DAL-MASOOR-KG", 165),
            Map.entry("DAL-MOONG-KG", 185), Map.entry("DAL-RAHAR-KG", 215), Map.entry("DAL-MAAS-KG", 190),
            Map.entry("DAL-CHANA-KG", 140), Map.entry("ATTA-GYAN-10KG", 740), Map.entry("MAIDA-GYAN-25KG", 1590),
            Map.entry("SUGAR-KG", 98), Map.entry("SALT-AAYO-1KG", 24), Map.entry("OIL-SUNFLOWER-1L", 275),
            Map.entry("OIL-SUNFLOWER-5L", 1340), Map.entry("OIL-MUSTARD-LOOSE", 305), Map.entry("GHEE-DDC-1L", 1180),
            Map.entry("CHIURA-KG", 92), Map.entry("BESAN-KG", 160));

    /** A phase this long or longer is a soak: it prints what could grow every 30 s. */
    private static final int SOAK_SECONDS = 300;
    private static final String PLACEMENT = "placement (API and WhatsApp orders only: no vendor flow, no portal reads)";

    private final Options options;
    private final Http http;
    /** The actuator's own port of each instance: the heap in use, sampled during each phase. */
    private final List<Http> management;
    private final Actors actors;
    private final Postgres postgres;
    /** Orders seen reaching their vendor in all phases so far. */
    private long followed;
    /** The application's commits per second in each phase, by phase name, for the ratio to the raw ceiling. */
    private final Map<String, Double> commitRates = new LinkedHashMap<>();

    private Bench(Options options) {
        this.options = options;
        this.http = new Http(options.baseUrls());
        this.management = options.managementUrls().stream().map(Http::new).toList();
        this.actors = new Actors(new Tokens(options.jar()));
        this.postgres = new Postgres(options.database());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        System.out.printf("Khaacho benchmark against %s (%d order workers, at most %d s and %d orders per phase)%n%n",
                String.join(" and ", options.baseUrls()), options.workers(), options.seconds(), options.maxOrders());
        CpuSampler cpu = new CpuSampler(options.appPids(), options.database());
        if (options.only() == Only.REPLAY) {
            // the store of an earlier run (bench/run.sh with BENCH_KEEP_DATABASE=1), one build against
            // another: the application has just started, so the first replays also warm its JIT up
            for (int i = 1; i <= options.replays(); i++) {
                System.out.printf("replay %d of %d%n", i, options.replays());
                bench.replay(cpu);
            }
            return;
        }
        bench.prepare();
        if (options.only() == Only.PLACEMENT) {
            // the cost of an order alone, e.g. to profile it
            bench.run(PLACEMENT, 0, false, cpu);
            bench.ceiling();
            System.exit(0);
        }
        double full = bench.run("full speed", 0, true, cpu);
        // --rate fixes the second phase's rate, so that two builds' latencies compare at the same load
        double half = options.rate() > 0 ? options.rate() : Math.max(1, full / 2);
        bench.run(String.format("fixed rate %.1f orders/s", half), half, true, cpu);
        // last, so that the orders it leaves waiting for their vendor burden no other phase
        bench.run(PLACEMENT, 0, false, cpu);
        bench.ceiling();
        bench.replay(cpu);
        if (!options.appPids().isEmpty()) {
            System.out.printf("%napplication peak RSS: %d MiB%n", cpu.peakRssMib());
        }
        // a worker still waiting on a stream that never answered must not keep the load generator alive
        System.exit(0);
    }

    /** Enough stock and credit that the load measures the flow, not its refusals. */
    private void prepare() {
        for (String sku : PRICES.keySet()) {
            Http.Reply stock = http.send("POST", "/v1/products/" + derived("product-", "sku:" + sku) + "/stock",
                    actors.vendor(), Map.of("type", "RECEIVE", "quantity", 10_000_000, "reason", "benchmark stock"));
            require(stock, "stock for " + sku);
        }
        for (Actors.Buyer buyer : actors.buyers()) {
            Http.Reply credit = http.send("PUT", "/v1/buyers/" + buyer.id() + "/credit", actors.admin(),
                    Map.of("creditLimit", 1_000_000_000, "paymentTerms", BUYERS.get(buyer.phone())));
            require(credit, "credit for " + buyer.phone());
        }
    }

    /**
     * Runs one phase; {@code rate} orders per second, or 0 for as fast as the workers go; {@code wholeMix}:
     * the vendor flow and the portal reads alongside the orders. Returns orders/s.
     */
    private double run(String name, double rate, boolean wholeMix, CpuSampler cpu) throws InterruptedException {
        Recorder recorder = new Recorder();
        Stats lagEvents = new Stats();
        AtomicLong peakHeap = new AtomicLong();
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(options.seconds());
        Pace pace = new Pace(begin, deadline, rate, options.maxOrders());
        Workloads workloads = new Workloads(http, actors, recorder, pace, options.whatsAppSigner());
        Map<Long, Long> cpuBefore = cpu.sample();
        long commitsBefore = postgres.commits();

        ScheduledExecutorService sampler = Executors.newScheduledThreadPool(2);
        AtomicLong heapNow = new AtomicLong();
        AtomicLong lagNow = new AtomicLong();
        sampler.scheduleAtFixedRate(() -> sample(lagEvents, peakHeap, heapNow, lagNow), 0, 250, TimeUnit.MILLISECONDS);
        if (options.seconds() >= SOAK_SECONDS) {
            // a soak: what could grow without bound, every 30 s
            System.out.println("  soak: seconds, orders end to end, heap used MiB, RSS MiB, connections to the database, projection lag in events");
            sampler.scheduleAtFixedRate(() -> System.out.printf("  soak %5.0f s %7d orders  heap %4d  RSS %4d  connections %3d  lag %4d%n",
                            (System.nanoTime() - begin) / 1e9,
                            recorder.count(Workloads.API_ORDERS_DONE, 0) + recorder.count(Workloads.WHATSAPP_ORDERS_DONE, 0),
                            heapNow.get() / (1024 * 1024), cpu.rssMib(), postgres.connections(), lagNow.get()),
                    30, 30, TimeUnit.SECONDS);
        }
        List<Runnable> loops = new ArrayList<>();
        int whatsApp = options.whatsAppSigner() == null ? 0 : Math.min(actors.buyers().size(), options.workers() / 4);
        for (int w = 0; w < options.workers() - whatsApp; w++) {
            int worker = w;
            loops.add(() -> workloads.apiOrders(worker));
        }
        for (int w = 0; w < whatsApp; w++) {
            Actors.Buyer buyer = actors.buyers().get(w);
            loops.add(() -> workloads.whatsAppOrders(buyer));
        }
        for (int w = 0; wholeMix && w < options.vendorWorkers(); w++) {
            int share = w;
            loops.add(() -> workloads.vendor(share, options.vendorWorkers()));
        }
        for (int w = 0; wholeMix && w < options.readers(); w++) {
            int reader = w;
            loops.add(() -> workloads.portalReads(reader));
        }
        ExecutorService threads = Executors.newFixedThreadPool(loops.size());
        loops.forEach(threads::submit);
        threads.shutdown();
        if (!threads.awaitTermination(options.seconds() + 120L, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        sampler.shutdownNow();
        long[] used = cpu.used(cpuBefore, cpu.sample());
        long commits = postgres.commits() - commitsBefore;

        int api = recorder.count(Workloads.API_ORDERS_DONE, 0);
        int chat = recorder.count(Workloads.WHATSAPP_ORDERS_DONE, 0);
        // orders/s over the time until the last order reached its vendor: a worker still waiting for an
        // update that never came (counted below) must not stretch the phase's measure
        double active = recorder.lastOrderDone() == 0 ? seconds : (recorder.lastOrderDone() - begin) / 1e9;
        double throughput = (api + chat) / active;
        System.out.printf("== %s: %d orders end to end in %.1f s = %.1f orders/s (API %d, WhatsApp %d);"
                + " the phase ended after %.1f s%n", name, api + chat, active, throughput, api, chat, seconds);
        recorder.print(active);
        System.out.printf("  projection lag in events behind the head (sampled every 250 ms): p50 %d  p99 %d  max %d%n",
                lagEvents.percentile(50), lagEvents.percentile(99), lagEvents.max());
        if (peakHeap.get() > 0) {
            System.out.printf("  peak heap used: %d MiB%n", peakHeap.get() / (1024 * 1024));
        }
        printCpu(used, seconds);
        if (commitsBefore >= 0 && commits > 0) {
            commitRates.put(name, commits / seconds);
            System.out.printf("  PostgreSQL commits of the database: %.0f/s, %.1f per order%n", commits / seconds,
                    api + chat > 0 ? (double) commits / (api + chat) : 0.0);
        }
        if (!options.appPids().isEmpty() && api + chat > 0) {
            System.out.printf("  CPU per order: application %.1f ms, PostgreSQL %.1f ms%n",
                    CpuSampler.MILLIS_PER_TICK * used[0] / (api + chat),
                    CpuSampler.MILLIS_PER_TICK * used[1] / (api + chat));
        }
        tally(api + chat);
        System.out.println();
        return throughput;
    }

    /**
     * Nothing lost, nothing doubled: once the projections have caught up, every order placed in the store is
     * in the orders read model and counted once by the analytics, the saga sent each to its vendor once, and
     * every order the load saw reaching its vendor is among them. With several instances on one database this
     * is what shows that they shared the work without doing any of it twice.
     */
    private void tally(int followedInPhase) throws InterruptedException {
        followed += followedInPhase;
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lag() != 0 && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        String events = "SELECT count(*) FROM event_store.domain_event_entry WHERE payloadtype = 'np.khaacho.kernel.order.";
        long placed = postgres.number(events + "OrderPlaced'");
        long projected = postgres.number("SELECT count(*) FROM read_model.orders WHERE placed_at IS NOT NULL");
        long counted = postgres.number("SELECT coalesce(sum(orders), 0) FROM read_model.daily_analytics");
        long sentTwice = postgres.number("SELECT count(*) - count(DISTINCT aggregateidentifier)"
                + events.substring(events.indexOf(" FROM")) + "OrderAwaitingVendor'");
        boolean consistent = placed >= 0 && placed == projected && placed == counted && sentTwice == 0
                && followed <= placed;
        System.out.printf("  %s: %d orders placed in the store, %d in the orders read model, %d counted by the analytics;"
                + " %d sent to their vendor twice; %d seen by the load reaching their vendor%n",
                consistent ? "consistent" : "MISMATCH", placed, projected, counted, sentTwice, followed);
    }

    /** The largest projection lag in events, or -1 when the application does not tell. */
    private long lag() {
        Http.Reply status = http.get("/v1/admin/projections", actors.admin());
        if (!status.ok()) {
            return -1;
        }
        long worst = 0;
        for (JsonNode projection : status.data()) {
            worst = Math.max(worst, projection.path("lag").asLong());
        }
        return worst;
    }

    /**
     * The raw ceiling: PostgreSQL alone on this machine, the benchmark's number of clients each committing
     * one event-sized row at a time, beside the application's own commit rate in each phase.
     */
    private void ceiling() {
        int seconds = 10;
        double ceiling = postgres.ceiling(options.workers(), seconds);
        if (ceiling <= 0) {
            return;
        }
        System.out.printf("== raw PostgreSQL (pgbench, %d clients, one-row commits of 1 kB, %d s, the application idle):"
                + " %.0f commits/s%n", options.workers(), seconds, ceiling);
        commitRates.forEach((phase, rate) -> System.out.printf("  %s: the application committed %.0f/s = %.0f%% of it%n",
                phase, rate, 100 * rate / ceiling));
        System.out.println();
    }

    private void sample(Stats lag, AtomicLong peakHeap, AtomicLong heapNow, AtomicLong lagNow) {
        long worst = lag();
        if (worst >= 0) {
            lag.add(worst);
            lagNow.set(worst);
        }
        // the instances' heaps together
        long used = 0;
        for (Http instance : management) {
            Http.Reply heap = instance.get("/actuator/metrics/jvm.memory.used?tag=area:heap", null);
            if (!heap.ok() || heap.body() == null) {
                return;
            }
            used += heap.body().path("measurements").path(0).path("value").asLong();
        }
        peakHeap.accumulateAndGet(used, Math::max);
        heapNow.set(used);
    }

    /** CPU of the application and of PostgreSQL between two samples, {@code used} in clock ticks. */
    private void printCpu(long[] used, double seconds) {
        long app = used[0];
        long postgres = used[1];
        if (app + postgres > 0 && !options.appPids().isEmpty()) {
            System.out.printf("  CPU: application %.0f%%, PostgreSQL %.0f%% of one core on average; PostgreSQL's share %.0f%%%n",
                    percentOfOneCore(app, seconds), percentOfOneCore(postgres, seconds), 100.0 * postgres / (app + postgres));
        }
    }

    private static double percentOfOneCore(long ticks, double seconds) {
        return 100.0 * ticks * CpuSampler.MILLIS_PER_TICK / 1000 / seconds;
    }

    private void replay(CpuSampler cpu) throws InterruptedException {
        Map<Long, Long> cpuBefore = cpu.sample();
        Http.Reply list = http.get("/v1/admin/projections", actors.admin());
        require(list, "projection status");
        Map<String, Long> heads = new LinkedHashMap<>();
        long begin = System.nanoTime();
        for (JsonNode projection : list.data()) {
            String name = projection.get("name").asText();
            require(http.send("POST", "/v1/admin/projections/" + name + "/replay", actors.admin(), Map.of()),
                    "replay " + name);
            heads.put(name, projection.get("head").asLong());
        }
        double starting = (System.nanoTime() - begin) / 1e9;
        long total = 0;
        while (System.nanoTime() - begin < TimeUnit.MINUTES.toNanos(10)) {
            Http.Reply status = http.get("/v1/admin/projections", actors.admin());
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
                System.out.printf("  all: %d events replayed in %.1f s = %.0f events/s (of which %.2f s to stop,"
                        + " reset and start the %d processors)%n", total, seconds, total / seconds, starting, heads.size());
                printCpu(cpu.used(cpuBefore, cpu.sample()), seconds);
                return;
            }
            // every 100 ms: each look at the projections' state costs the application a request, and at 20 ms
            // the looks took a fifth as much CPU as the replay they watched
            Thread.sleep(100);
        }
        System.out.println("replay did not finish within 10 minutes");
    }

    static String derived(String prefix, String name) {
        return prefix + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static void require(Http.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " failed: " + reply.status() + " " + reply.body());
        }
    }

    /** The load goes to this machine only: a benchmark is no way to load someone else's server. */
    static void requireLoopback(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the benchmark drives a local application only, not " + baseUrl);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + baseUrl, e);
        }
    }

    /** What a run does: every phase, the placement phase alone, or replays of the store a run left. */
    enum Only { ALL, PLACEMENT, REPLAY }

    /**
     * Command-line options, with defaults for a local run. {@code --base-url}, {@code --management-url} and
     * {@code --app-pid} take a comma-separated list when several instances share the database.
     */
    record Options(List<String> baseUrls, List<String> managementUrls, String jar, int workers, int vendorWorkers, int readers, int seconds,
                   int maxOrders, Set<Long> appPids, String database, WebhookSigner whatsAppSigner, Only only,
                   int replays, double rate) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            List<String> baseUrls = list(given.getOrDefault("base-url", "http://127.0.0.1:8080"));
            baseUrls.forEach(Bench::requireLoopback);
            List<String> managementUrls = list(given.getOrDefault("management-url", "http://127.0.0.1:8081"));
            managementUrls.forEach(Bench::requireLoopback);
            String authToken = given.getOrDefault("twilio-auth-token", System.getenv("TWILIO_AUTH_TOKEN"));
            String publicUrl = given.getOrDefault("public-base-url",
                    System.getenv().getOrDefault("PUBLIC_BASE_URL", baseUrls.get(0)));
            return new Options(baseUrls, managementUrls,
                    given.getOrDefault("jar", "app/target/khaacho.jar"),
                    Integer.parseInt(given.getOrDefault("workers", "16")),
                    Integer.parseInt(given.getOrDefault("vendor-workers", "2")),
                    Integer.parseInt(given.getOrDefault("readers", "2")),
                    Integer.parseInt(given.getOrDefault("seconds", "30")),
                    Integer.parseInt(given.getOrDefault("max-orders", "5000")),
                    list(given.getOrDefault("app-pid", "")).stream().map(Long::parseLong).collect(Collectors.toSet()),
                    given.getOrDefault("database", "khaacho_bench"),
                    authToken == null || authToken.isBlank() ? null
                            : new WebhookSigner(authToken, publicUrl + Workloads.WEBHOOK),
                    switch (given.getOrDefault("only", "all")) {
                        case "all" -> Only.ALL;
                        case "replay" -> Only.REPLAY;
                        case "placement" -> Only.PLACEMENT;
                        default -> throw new IllegalArgumentException("--only takes all, placement or replay");
                    },
                    Integer.parseInt(given.getOrDefault("replays", "3")),
                    Double.parseDouble(given.getOrDefault("rate", "0")));
        }

        private static List<String> list(String commaSeparated) {
            return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
    }
}

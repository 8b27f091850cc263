package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.IntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches, while application processes work and die, who owns which segment of each event processor in
 * {@code axon.token_entry} itself (a claim names its owner by the JVM's {@code pid@host}), held against
 * how many segments each live process says it works (its health). At every sample: each claim names a
 * process the test started; no live process works more segments of a processor than the table gives it,
 * and the live processes together work no more segments than there are (a segment worked by both); a
 * disagreement is a problem when the next sample still shows it (the health and the table are read a
 * moment apart). After a kill, every segment the dead process owned must be owned by the survivor within
 * the bound: when it is, the hand-over time is recorded; a sample past the bound that still finds a
 * segment of the dead process (or finds it owned by anyone but the survivor) is a problem.
 */
final class TokenOwners implements AutoCloseable {

    /** One application process, by the pid of its running JVM (none while it is down). */
    static final class Instance {
        final String name;
        final AppProcess app;
        volatile Long pid;
        private final Set<Long> pastPids = ConcurrentHashMap.newKeySet();

        Instance(String name, AppProcess app) {
            this.name = name;
            this.app = app;
        }

        void started() {
            pid = app.pid();
            pastPids.add(pid);
        }

        void killed() {
            pid = null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A kill and the hand-over of the dead process's segments to the survivor. */
    record HandOver(String victim, long deadPid, long survivorPid, Instant killedAt, Set<String> segments,
                    Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final List<Instance> instances;
    private final Duration bound;
    private final ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger samples = new AtomicInteger();
    private final AtomicInteger retrying = new AtomicInteger();
    private final List<HandOver> pending = new ArrayList<>();
    private final List<HandOver> done = new ArrayList<>();
    private Set<String> suspectLastTime = Set.of();

    private TokenOwners(JdbcTemplate jdbc, List<Instance> instances, Duration bound) {
        this.jdbc = jdbc;
        this.instances = List.copyOf(instances);
        this.bound = bound;
    }

    /** Samples every interval; a dead process's segments must be the survivor's within {@code bound} of its kill. */
    static TokenOwners every(Duration interval, JdbcTemplate jdbc, Duration bound, Instance... instances) {
        TokenOwners owners = new TokenOwners(jdbc, List.of(instances), bound);
        owners.sampling.scheduleWithFixedDelay(owners::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return owners;
    }

    int samples() {
        return samples.get();
    }

    /** How often a process's processor was seen with a segment in error, waiting to try again. */
    int retrying() {
        return retrying.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized List<HandOver> handOvers() {
        return List.copyOf(done);
    }

    /** The segments ("processor/segment") the table gives that process now. */
    Set<String> ownedBy(long pid) {
        Set<String> owned = new TreeSet<>();
        claims().forEach((segment, owner) -> {
            if (Long.valueOf(pid).equals(pidOf(owner))) {
                owned.add(segment);
            }
        });
        return owned;
    }

    /**
     * The process was just killed (SIGKILL), the survivor carries on: from now on its segments must pass
     * to the survivor within the bound.
     */
    synchronized void killed(Instance victim, long deadPid, Instance survivor, Instant at) {
        pending.add(new HandOver(victim.name, deadPid, survivor.pid, at, ownedBy(deadPid), null));
    }

    /** Waits until every hand-over under way is done, or its bound passed (then a sample reports it). */
    void awaitHandOvers() {
        Instant giveUp = Instant.now().plus(bound).plusSeconds(2);
        while (Instant.now().isBefore(giveUp)) {
            synchronized (this) {
                if (pending.isEmpty()) {
                    return;
                }
            }
            AppProcess.pause(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampling.shutdown();
        sampling.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            Map<Instance, Map<String, Integer>> worked = new HashMap<>();
            for (Instance instance : instances) {
                Long pid = instance.pid;
                if (pid != null) {
                    Map<String, Integer> segments = segmentsWorked(instance);
                    // a process that does not answer (starting, or just killed) says nothing this time
                    if (segments != null && pid.equals(instance.pid)) {
                        worked.put(instance, segments);
                    }
                }
            }
            Instant at = Instant.now();
            Map<String, String> claims = claims();
            Set<String> suspect = new TreeSet<>();
            Map<String, Integer> segmentsOf = new TreeMap<>();
            claims.forEach((segment, owner) -> {
                segmentsOf.merge(segment.substring(0, segment.lastIndexOf('/')), 1, Integer::sum);
                Long pid = pidOf(owner);
                if (owner != null && (pid == null || !startedByThisTest(pid))) {
                    suspect.add(segment + " claimed by " + owner + ", no process of this test");
                }
            });
            Map<String, Integer> workedInAll = new TreeMap<>();
            worked.forEach((instance, segments) -> segments.forEach((processor, count) -> {
                workedInAll.merge(processor, count, Integer::sum);
                long owned = claims.entrySet().stream().filter(c -> c.getKey().startsWith(processor + "/")
                        && instance.pid != null && instance.pid.equals(pidOf(c.getValue()))).count();
                if (count > owned) {
                    suspect.add(instance + " works " + count + " segments of " + processor + " but owns " + owned);
                }
            }));
            workedInAll.forEach((processor, count) -> {
                if (count > segmentsOf.getOrDefault(processor, 0)) {
                    suspect.add(processor + ": " + count + " segments worked by " + worked.keySet() + ", of "
                            + segmentsOf.getOrDefault(processor, 0));
                }
            });
            suspect.stream().filter(suspectLastTime::contains).forEach(problems::add);
            suspectLastTime = suspect;
            checkHandOvers(claims, at);
            samples.incrementAndGet();
        } catch (RuntimeException e) {
            problems.add("could not sample: " + e);
        }
    }

    private synchronized void checkHandOvers(Map<String, String> claims, Instant at) {
        for (HandOver handOver : List.copyOf(pending)) {
            boolean deadOwnsNone = claims.values().stream().noneMatch(owner -> Long.valueOf(handOver.deadPid())
                    .equals(pidOf(owner)));
            boolean survivorOwnsThem = handOver.segments().stream()
                    .allMatch(segment -> Long.valueOf(handOver.survivorPid()).equals(pidOf(claims.get(segment))));
            Duration took = Duration.between(handOver.killedAt(), at);
            if (deadOwnsNone && survivorOwnsThem) {
                pending.remove(handOver);
                done.add(new HandOver(handOver.victim(), handOver.deadPid(), handOver.survivorPid(),
                        handOver.killedAt(), handOver.segments(), took));
            } else if (took.compareTo(bound) > 0) {
                pending.remove(handOver);
                Map<String, String> now = new TreeMap<>();
                handOver.segments().forEach(segment -> now.put(segment, claims.get(segment)));
                problems.add("the segments of " + handOver.victim() + " (pid " + handOver.deadPid() + ") killed at "
                        + handOver.killedAt() + " are not all the survivor's (pid " + handOver.survivorPid() + ") after "
                        + took.toMillis() + " ms: " + now);
            }
        }
    }

    /** A JVM one of the instances ran, or runs (one starting is not healthy yet, but may claim segments already). */
    private boolean startedByThisTest(long pid) {
        return instances.stream().anyMatch(i -> i.pastPids.contains(pid))
                || ProcessHandle.current().descendants().anyMatch(process -> process.pid() == pid);
    }

    /** "processor/segment" to its owner (null when unclaimed), straight from the token table. */
    private Map<String, String> claims() {
        Map<String, String> claims = new TreeMap<>();
        jdbc.query("SELECT processorname, segment, owner FROM axon.token_entry", rs -> {
            claims.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
        });
        return claims;
    }

    /** The pid of the JVM a claim names ({@code pid@host/…}); null when it names none. */
    private static Long pidOf(String owner) {
        if (owner == null || owner.indexOf('@') < 1) {
            return null;
        }
        try {
            return Long.parseLong(owner.substring(0, owner.indexOf('@')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * How many segments of each streaming processor the process works, as its health says; null if it does
     * not answer. A processor with a segment in error is left out: its segment waits to be tried again and
     * has let go of its claim meanwhile (counted, for the test's output).
     */
    private Map<String, Integer> segmentsWorked(Instance instance) {
        try {
            Api.Reply health = instance.app.as(IntegrationTest.ADMIN_PHONE).get("/actuator/health");
            if (health.body() == null) {
                return null;
            }
            Map<String, Integer> segments = new TreeMap<>();
            health.body().at("/components/eventProcessors/details").fields().forEachRemaining(processor -> {
                JsonNode count = processor.getValue().get("segments");
                if (processor.getValue().has("failure")) {
                    retrying.incrementAndGet();
                } else if (count != null) {
                    segments.put(processor.getKey(), count.asInt());
                }
            });
            return segments.isEmpty() ? null : segments;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

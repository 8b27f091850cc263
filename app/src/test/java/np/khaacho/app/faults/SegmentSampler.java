package np.khaacho.app.faults;

import np.khaacho.app.support.ClusterNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches, while instances work, who works which segment of each event processor: what each instance's
 * processors say they work, held against {@code axon.token_entry} itself. A segment worked by two
 * instances at once, or by one under another's claim, or under no claim at all, is a problem; one an
 * instance has just let go of (its status and the table read a moment apart) is only a problem when the
 * next sample still shows it.
 */
final class SegmentSampler implements AutoCloseable {

    private final List<ClusterNode> nodes;
    private final ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger samples = new AtomicInteger();
    private Set<String> suspectLastTime = Set.of();

    private SegmentSampler(List<ClusterNode> nodes) {
        this.nodes = nodes;
    }

    static SegmentSampler every(Duration interval, ClusterNode... nodes) {
        SegmentSampler sampler = new SegmentSampler(List.of(nodes));
        sampler.sampling.scheduleWithFixedDelay(sampler::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    int samples() {
        return samples.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws InterruptedException {
        sampling.shutdown();
        sampling.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            // "processor/segment" -> the instances that say they work it
            Map<String, List<String>> workedBy = new HashMap<>();
            for (ClusterNode node : nodes) {
                node.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
                    if (processor instanceof StreamingEventProcessor streaming) {
                        streaming.processingStatus().keySet().forEach(segment ->
                                workedBy.computeIfAbsent(name + "/" + segment, s -> new ArrayList<>()).add(node.toString()));
                    }
                });
            }
            Map<String, String> owners = new HashMap<>();
            nodes.get(0).jdbc.query("SELECT processorname, segment, owner FROM axon.token_entry", rs -> {
                owners.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
            });
            // the owner each instance works under: the one most of its segments name
            Map<String, Map<String, Integer>> ownersOf = new HashMap<>();
            workedBy.forEach((segment, workers) -> workers.forEach(worker -> ownersOf
                    .computeIfAbsent(worker, w -> new HashMap<>()).merge(String.valueOf(owners.get(segment)), 1, Integer::sum)));
            Map<String, String> ownerOf = new HashMap<>();
            ownersOf.forEach((worker, counts) -> ownerOf.put(worker,
                    counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));

            Set<String> suspect = new TreeSet<>();
            workedBy.forEach((segment, workers) -> {
                if (workers.size() > 1) {
                    suspect.add(segment + " worked by " + workers);
                } else if (owners.get(segment) == null) {
                    suspect.add(segment + " worked by " + workers + " under no claim");
                } else if (!owners.get(segment).equals(ownerOf.get(workers.get(0)))) {
                    suspect.add(segment + " worked by " + workers + " under the claim of " + owners.get(segment));
                }
            });
            if (new TreeSet<>(ownerOf.values()).size() < ownerOf.size()) {
                suspect.add("instances working under one owner's name: " + ownerOf);
            }
            suspect.stream().filter(suspectLastTime::contains).forEach(problem -> problems.add(problem));
            suspectLastTime = suspect;
            samples.incrementAndGet();
        } catch (RuntimeException e) {
            problems.add("could not sample: " + e);
        }
    }
}

package np.khaacho.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collected samples and their percentiles. */
final class Stats {

    private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());

    void add(long value) {
        samples.add(value);
    }

    int count() {
        return samples.size();
    }

    long percentile(double p) {
        List<Long> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    long max() {
        return percentile(100);
    }

    String millis() {
        return String.format("p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (n=%d)",
                percentile(50) / 1000.0, percentile(95) / 1000.0, percentile(99) / 1000.0, max() / 1000.0, count());
    }
}

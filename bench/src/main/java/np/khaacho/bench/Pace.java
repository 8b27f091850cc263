package np.khaacho.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out the right to start an order: until the phase's deadline or order count, either at once
 * (full speed) or on a fixed schedule of {@code rate} starts per second shared by all workers.
 */
final class Pace {

    private final long begin;
    private final long deadline;
    private final long intervalNanos;
    private final int maxOrders;
    private final AtomicInteger started = new AtomicInteger();

    Pace(long begin, long deadline, double rate, int maxOrders) {
        this.begin = begin;
        this.deadline = deadline;
        this.intervalNanos = rate > 0 ? (long) (1_000_000_000L / rate) : 0;
        this.maxOrders = maxOrders;
    }

    /** Waits for the next start; false when the phase is over. */
    boolean next() {
        if (!running()) {
            return false;
        }
        int n = started.getAndIncrement();
        if (n >= maxOrders) {
            return false;
        }
        if (intervalNanos > 0) {
            long due = begin + n * intervalNanos;
            if (due >= deadline) {
                return false;
            }
            sleep(due - System.nanoTime());
        }
        return true;
    }

    boolean running() {
        return System.nanoTime() < deadline;
    }

    static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

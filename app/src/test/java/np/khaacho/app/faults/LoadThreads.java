package np.khaacho.app.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client threads of a load: each repeats its step until the load stops. They start together; an
 * orderly stop lets each finish the step under way and fails if one of them broke; closing abandons them.
 */
final class LoadThreads {

    private final String load;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean running;

    /** @param load what the threads are, for the failures ("the load", "the vendor load") */
    LoadThreads(String load) {
        this.load = load;
    }

    /** A client that repeats the step, not started yet. */
    void add(String name, Runnable step) {
        threads.add(new Thread(() -> {
            try {
                while (running) {
                    step.run();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }, name));
    }

    boolean running() {
        return running;
    }

    void start() {
        running = true;
        threads.forEach(thread -> {
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** No step starts any more; waits that long for each thread to finish the one under way. */
    void stop(Duration patience) {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not stop");
            }
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(load + " itself failed: " + failures.peek());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    /** Stops at once, abandoning what is under way. */
    void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}

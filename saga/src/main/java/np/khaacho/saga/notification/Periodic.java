package np.khaacho.saga.notification;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run every so often on a daemon thread of its own, the first time after the interval or a minute,
 * whichever is shorter; what the timers of this module share.
 */
final class Periodic {

    private final String name;
    private final Duration every;
    private final Runnable task;
    private ScheduledExecutorService timer;

    Periodic(String name, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
    }

    synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1000, every.toMillis());
        timer.scheduleWithFixedDelay(task, Math.min(millis, 60_000), millis, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    synchronized boolean isRunning() {
        return timer != null;
    }
}

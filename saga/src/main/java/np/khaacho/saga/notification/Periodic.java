package np.khaacho.saga.notification;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task of this module run every so often on a daemon thread of its own, from the application's start to
 * its stop, the first time after the interval or a minute, whichever is shorter; not at all when switched
 * off (the task can still be called directly).
 */
abstract class Periodic implements SmartLifecycle {

    private final String name;
    private final Duration every;
    private final boolean enabled;
    private ScheduledExecutorService timer;

    Periodic(String name, Duration every, boolean enabled) {
        this.name = name;
        this.every = every;
        this.enabled = enabled;
    }

    /** One run; what it throws is its own to log, the next run comes all the same. */
    abstract void check();

    @Override
    public synchronized void start() {
        if (!enabled || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1000, every.toMillis());
        timer.scheduleWithFixedDelay(this::check, Math.min(millis, 60_000), millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}

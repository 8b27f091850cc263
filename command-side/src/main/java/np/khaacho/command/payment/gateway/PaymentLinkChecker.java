package np.khaacho.command.payment.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks up the open payment links that are due, so a payment counts when the buyer never came back from
 * the gateway, when the gateway completed it late, or when it did not answer the first time.
 */
class PaymentLinkChecker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PaymentLinkChecker.class);
    private static final int BATCH = 20;

    private final PaymentCheckout checkout;
    private final Duration every;
    private ScheduledExecutorService timer;

    PaymentLinkChecker(PaymentCheckout checkout, Duration every) {
        this.checkout = checkout;
        this.every = every;
    }

    private void checkDue() {
        try {
            while (checkout.checkDue(BATCH) >= BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("open payment links could not be looked up; trying again", e);
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "payment-links");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, every.toMillis());
        timer.scheduleWithFixedDelay(this::checkDue, millis, millis, TimeUnit.MILLISECONDS);
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

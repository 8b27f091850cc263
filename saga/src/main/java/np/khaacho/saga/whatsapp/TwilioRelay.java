package np.khaacho.saga.whatsapp;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import np.khaacho.kernel.whatsapp.SealedLoginCode;
import np.khaacho.saga.notification.LoginCodeOpener;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboxListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Sends the outbox through Twilio, oldest message first. A new message wakes the relay as soon as
 * it is committed; otherwise it looks for due messages every poll interval. Failures that may pass
 * are retried at once a few times, then again later with a growing wait, the attempts counted in the
 * row so a restart loses nothing; a message Twilio refuses, or one that keeps failing, is marked
 * FAILED with the reason. While Twilio keeps failing the circuit breaker stops the calls and the
 * messages wait in the outbox. Several instances may run side by side: each claims its own rows.
 * A login code is opened and filled into its message only for the call to Twilio; the row keeps the
 * placeholder, and its sealed code goes once the message is sent or has failed.
 */
public class TwilioRelay implements SmartLifecycle, OutboxListener {

    private static final Logger log = LoggerFactory.getLogger(TwilioRelay.class);
    /** How far Twilio's clock may be behind ours when its log is searched from the moment a send began. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final OutboxQueue queue;
    private final WhatsAppWindows windows;
    private final TwilioMessages twilio;
    private final TwilioSettings settings;
    private final RetryConfig retry;
    private final CircuitBreaker breaker;
    private final RelayMetrics metrics;
    private final Supplier<LoginCodeOpener> codes;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private final ObservationRegistry observations;

    TwilioRelay(OutboxQueue queue, WhatsAppWindows windows, TwilioMessages twilio, TwilioSettings settings,
                RetryConfig retry, CircuitBreaker breaker, Optional<MeterRegistry> meters,
                Supplier<LoginCodeOpener> codes, ObservationRegistry observations) {
        this.observations = observations;
        this.queue = queue;
        this.windows = windows;
        this.twilio = twilio;
        this.settings = settings;
        this.retry = retry;
        this.breaker = breaker;
        this.metrics = new RelayMetrics(meters, breaker);
        this.codes = codes;
    }

    /** Wakes the relay: there is something to send. */
    @Override
    public void queued() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    /**
     * Claims a batch of due messages and sends them; answers how many it claimed. Safe to call from
     * several threads and instances at once: no message is claimed twice.
     */
    public int relayDue() {
        if (!circuitAllowsCalls()) {
            return 0;
        }
        String claimer = instance + "/" + UUID.randomUUID();
        List<QueuedMessage> batch = queue.claim(claimer, settings.relay().batchSize(), settings.relay().claimFor(),
                settings.relay().afterRestore());
        for (int i = 0; i < batch.size(); i++) {
            // A slow Twilio can outlast the claim of a batch: a message another relay took meanwhile is its to send.
            if (!queue.renew(batch.get(i), claimer, settings.relay().claimFor())) {
                continue;
            }
            if (!sent(batch.get(i), claimer)) {
                queue.release(batch.subList(i + 1, batch.size()), claimer);
                break;
            }
        }
        return batch.size();
    }

    /** Sends the message within a span that continues the trace of the work that queued it. */
    private boolean sent(QueuedMessage message, String claimer) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(message.trace());
        return Observation.createNotStarted("khaacho.whatsapp.outbound.send", () -> context, observations)
                .lowCardinalityKeyValue("kind", message.kind())
                .observe(() -> deliver(message, claimer));
    }

    /** Sends one claimed message; false when the circuit breaker stopped it (and the rest of the batch). */
    private boolean deliver(QueuedMessage message, String claimer) {
        String body;
        try {
            body = bodyToSend(message);
        } catch (IllegalArgumentException | IllegalStateException e) {
            queue.failed(message, claimer, 0, null, e.getMessage());
            metrics.failed(message, null, e.getMessage());
            return true;
        }
        boolean windowOpen = windows.isOpen(message.phone(), Instant.now(), settings.sessionWindow());
        Optional<SendPlan> chosen = SendPlan.choose(windowOpen, message.kind(), body, settings);
        if (chosen.isEmpty()) {
            String error = "outside the 24-hour WhatsApp window of " + message.phone()
                    + " and no approved template for " + message.kind()
                    + " (set khaacho.twilio.templates." + message.kind() + " or khaacho.twilio.templates.default)";
            queue.failed(message, claimer, 0, null, error);
            metrics.failed(message, null, error);
            return true;
        }
        SendPlan plan = chosen.get();
        Optional<Instant> mayHaveBeenSent = message.mayHaveBeenSentSince();
        if (mayHaveBeenSent.isPresent()) {
            Optional<String> earlier;
            try {
                earlier = twilio.findSent(message.phone(), body, mayHaveBeenSent.get().minus(CLOCK_SKEW),
                        queue::sidTaken);
            } catch (RuntimeException e) {
                notSent(message, claimer, 1, plan, "cannot read Twilio's log: " + SendFailures.describe(e), true);
                return true;
            }
            if (earlier.isPresent()) {
                queue.sent(message, claimer, 0, plan.form(), earlier.get());
                log.info("outbox message {} had reached Twilio as {} ({}); not sent again", message.id(),
                        earlier.get(), message.sendStartedAt() != null ? "before its send was recorded"
                                : "from the system this database's backup was taken of");
                metrics.sent(plan.form());
                return true;
            }
        }
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<String> lastError = new AtomicReference<>();
        Supplier<String> call = () -> {
            calls.incrementAndGet();
            metrics.called();
            try {
                return twilio.send(message.phone(), plan, message.mediaUrl());
            } catch (RuntimeException e) {
                lastError.set(SendFailures.describe(e));
                throw e;
            }
        };
        try {
            String sid = Retry.decorateSupplier(retryWithin(message), CircuitBreaker.decorateSupplier(breaker, call)).get();
            if (!queue.sent(message, claimer, calls.get(), plan.form(), sid)) {
                log.warn("outbox message {} was sent as {} after its claim ran out; another relay may send it again",
                        message.id(), sid);
            }
            metrics.sent(plan.form());
            return true;
        } catch (CallNotPermittedException open) {
            if (calls.get() == 0) {
                queue.release(List.of(message), claimer);
                metrics.heldBack(message);
            } else {
                notSent(message, claimer, calls.get(), plan, lastError.get(), true);
            }
            return false;
        } catch (RuntimeException e) {
            notSent(message, claimer, calls.get(), plan, SendFailures.describe(e), SendFailures.isTransient(e));
            return true;
        }
    }

    /** The body with its login code filled in, if it has one; refused when a code is missing or does not open. */
    private String bodyToSend(QueuedMessage message) {
        if (message.sealedCode() == null) {
            if (NotificationKind.LOGIN_CODE.name().equals(message.kind())
                    && message.body().contains(SealedLoginCode.PLACEHOLDER)) {
                throw new IllegalStateException("the message has no login code to fill in; a new one must be asked for");
            }
            return message.body();
        }
        LoginCodeOpener opener = codes.get();
        if (opener == null) {
            throw new IllegalStateException("this instance cannot open login codes (no key)");
        }
        try {
            return LoginCodeOpener.fillIn(message.body(),
                    opener.open(message.sealedCode(), message.phone(), message.dedupKey()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the login code does not open: " + e.getMessage(), e);
        }
    }

    /** A failure that may pass waits for the next pass, until the attempts run out; any other fails the message. */
    private void notSent(QueuedMessage message, String claimer, int calls, SendPlan plan, String error,
                         boolean mayPass) {
        int attempts = message.attempts() + calls;
        if (mayPass && attempts < settings.relay().maxAttempts()) {
            int passes = Math.max(1, attempts / settings.retry().maxAttempts());
            Duration wait = settings.relay().backoffAfter(passes);
            queue.later(message, claimer, calls, error, wait);
            metrics.postponed(message, attempts, wait, error);
        } else {
            String reason = mayPass ? "gave up after " + attempts + " attempts; last: " + error : error;
            queue.failed(message, claimer, calls, plan.form(), reason);
            metrics.failed(message, plan.form(), reason);
        }
    }

    /** A pass never makes more calls than the message has attempts left. */
    private Retry retryWithin(QueuedMessage message) {
        int left = Math.max(1, settings.relay().maxAttempts() - message.attempts());
        return Retry.of("twilio", RetryConfig.from(retry).maxAttempts(Math.min(retry.getMaxAttempts(), left)).build());
    }

    /** Asks the breaker without spending a call: an open breaker past its wait lets the next calls try. */
    private boolean circuitAllowsCalls() {
        if (!breaker.tryAcquirePermission()) {
            return false;
        }
        breaker.releasePermission();
        return true;
    }

    private void run() {
        while (running) {
            boolean more = false;
            try {
                more = relayDue() >= settings.relay().batchSize();
            } catch (RuntimeException e) {
                log.warn("the WhatsApp relay could not work through the outbox; trying again", e);
            }
            if (!more) {
                awaitWork(settings.relay().pollInterval());
            }
        }
    }

    private void awaitWork(Duration timeout) {
        try {
            if (work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                work.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::run, "whatsapp-relay");
        worker.setDaemon(true);
        worker.start();
        log.info("WhatsApp messages go out through Twilio as {}", settings.whatsappSender());
    }

    @Override
    public synchronized void stop() {
        running = false;
        work.release();
        try {
            worker.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package np.khaacho.command.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.command.whatsapp.InboundTraces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the stored inbound messages in the background, and is the one to say what became of each. A
 * worker wakes as soon as a message is stored; otherwise the workers look every poll interval, which
 * also picks up, after a start, what an earlier run accepted but never finished. A claimed message
 * goes to the {@link Conversation}; what it came to is recorded and its answer sent in one
 * transaction. A message that fails is tried again later with growing pauses; after the last attempt
 * it is marked failed and the buyer is told to send it again.
 */
@Component
class InboundWorkers {

    private static final Logger log = LoggerFactory.getLogger(InboundWorkers.class);
    /** The log context key of the work's correlation, as the application's logging names it. */
    private static final String CORRELATION_ID = "correlationId";

    private final InboundStore inbound;
    private final Conversation conversation;
    private final Answers answers;
    private final TransactionTemplate transactions;
    private final int threads;
    private final Duration poll;
    private final Duration lease;
    private final int maxAttempts;
    private final List<Thread> workers = new ArrayList<>();
    private final MeterRegistry meters;
    private final InboundTraces traces;
    private volatile boolean running;

    InboundWorkers(InboundStore inbound, Conversation conversation, Answers answers, TransactionTemplate transactions,
                   @Value("${khaacho.whatsapp.workers:2}") int threads,
                   @Value("${khaacho.whatsapp.poll-interval:PT1S}") Duration poll,
                   @Value("${khaacho.whatsapp.lease:PT1M}") Duration lease,
                   @Value("${khaacho.whatsapp.max-attempts:5}") int maxAttempts, MeterRegistry meters,
                   InboundTraces traces) {
        this.meters = meters;
        this.traces = traces;
        this.inbound = inbound;
        this.conversation = conversation;
        this.answers = answers;
        this.transactions = transactions;
        this.threads = threads;
        this.poll = poll;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "whatsapp-inbound-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            worker.join(5000);
        }
        workers.clear();
    }

    private void work() {
        while (running) {
            try {
                if (!handleNext()) {
                    inbound.awaitArrival(poll);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("cannot claim inbound WhatsApp messages: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** @return whether there was a message to read */
    boolean handleNext() {
        Optional<InboundMessage> next = inbound.claimNext(lease);
        next.ifPresent(this::process);
        return next.isPresent();
    }

    private void process(InboundMessage message) {
        traces.read(message, () -> read(message));
    }

    private void read(InboundMessage message) {
        // every line logged while the message is read, and every command it sends, carries its SID
        MDC.put(CORRELATION_ID, message.messageSid());
        try {
            Settlement settlement = conversation.settle(message);
            transactions.executeWithoutResult(tx -> {
                inbound.done(message.messageSid(), settlement.reading(), settlement.outcome().get());
                if (settlement.reply() != null) {
                    answers.send(message, settlement.reply());
                }
            });
            answered(message, settlement);
        } catch (RuntimeException e) {
            if (!running) {
                return;
            }
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (message.attempts() >= maxAttempts) {
                log.error("giving up on WhatsApp message {} after {} attempts", message.messageSid(), message.attempts(), e);
                inbound.failed(message.messageSid(), error);
                try {
                    answers.send(message, conversation.failed(message));
                } catch (RuntimeException replyFailure) {
                    log.error("cannot tell {} that the message failed", message.phone(), replyFailure);
                }
            } else {
                Duration pause = Duration.ofSeconds(1L << Math.min(message.attempts(), 6));
                log.warn("WhatsApp message {} failed (attempt {}), again in {}: {}", message.messageSid(),
                        message.attempts(), pause, error);
                inbound.retryLater(message.messageSid(), error, pause);
            }
        } finally {
            MDC.remove(CORRELATION_ID);
        }
    }

    /**
     * {@code khaacho.whatsapp.reply}: from the message's arrival to what it came to and its answer recorded
     * (the answer then leaves through the outbox), by what the message was read as.
     */
    private void answered(InboundMessage message, Settlement settlement) {
        String intent = settlement.reading() == null ? "NONE" : settlement.reading().result().intent().name();
        Timer.builder("khaacho.whatsapp.reply").description("from a message's arrival to its answer recorded")
                .tag("intent", intent).publishPercentileHistogram().register(meters)
                .record(Duration.between(message.receivedAt(), Instant.now()));
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

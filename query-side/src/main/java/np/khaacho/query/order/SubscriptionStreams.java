package np.khaacho.query.order;

import jakarta.annotation.PreDestroy;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a subscription query as server-sent events: the first result, then each update. The
 * subscription ends with the stream (completed, timed out, or the client gone).
 * <p>
 * A stream opens with a comment, so the client has the answer's headers at once, whenever the first
 * result comes. A client that leaves says nothing: the server only learns it when a write fails. So
 * every stream gets a comment every {@code khaacho.streams.heartbeat}; a stream whose client left ends
 * within about two of them, and its subscription with it (otherwise it would stay until the stream's
 * timeout, and every change of an order would look through it). The comments also keep proxies from
 * closing a quiet stream.
 */
@Component
class SubscriptionStreams {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionStreams.class);

    private final Duration timeout;
    private final Duration heartbeat;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stream-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    SubscriptionStreams(@Value("${khaacho.streams.timeout:PT30M}") Duration timeout,
                        @Value("${khaacho.streams.heartbeat:PT10S}") Duration heartbeat) {
        this.timeout = timeout;
        this.heartbeat = heartbeat;
    }

    /** The query's own initial result first. */
    <T> SseEmitter open(String eventName, SubscriptionQueryResult<T, T> subscription) {
        return open(eventName, subscription.initialResult(), subscription);
    }

    /**
     * {@code first} instead of the query's initial result: read by the caller after it subscribed, so
     * that no change between the two is missed.
     */
    <T> SseEmitter open(String eventName, Publisher<T> first, SubscriptionQueryResult<T, T> subscription) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicReference<Disposable> flow = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> beat = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable cancel = () -> {
            if (closed.compareAndSet(false, true)) {
                subscription.cancel();
                dispose(flow.get());
                ScheduledFuture<?> beating = beat.get();
                if (beating != null) {
                    beating.cancel(false);
                }
            }
        };
        emitter.onCompletion(cancel);
        emitter.onError(failure -> cancel.run());
        emitter.onTimeout(() -> {
            cancel.run();
            complete(emitter);
        });
        send(emitter, SseEmitter.event().comment("open"), cancel);
        // updates arrive on the projection's thread: a slow client must not hold the projection up
        flow.set(Flux.from(first).concatWith(subscription.updates())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(item -> send(emitter, SseEmitter.event().name(eventName).data(item, MediaType.APPLICATION_JSON),
                                cancel),
                        failure -> {
                            log.warn("the {} stream ended with a failure: {}", eventName, failure.toString());
                            cancel.run();
                            complete(emitter);
                        },
                        () -> {
                            // the updates end when the stream is cancelled (the client left): nothing to complete
                            boolean open = !closed.get();
                            cancel.run();
                            if (open) {
                                complete(emitter);
                            }
                        }));
        long every = heartbeat.toMillis();
        beat.set(heartbeats.scheduleAtFixedRate(() -> send(emitter, SseEmitter.event().comment("alive"), cancel),
                every, every, TimeUnit.MILLISECONDS));
        if (closed.get()) {
            dispose(flow.get());
            beat.get().cancel(false);
        }
        return emitter;
    }

    private static void dispose(Disposable running) {
        if (running != null) {
            running.dispose();
        }
    }

    /**
     * Ends the stream, unless the container ended it first: a client that left between a check and this
     * call makes the container refuse it (an {@link IllegalStateException}), which is no failure.
     */
    private static void complete(SseEmitter emitter) {
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyEnded) {
            log.debug("the stream had already ended: {}", alreadyEnded.getMessage());
        }
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event, Runnable cancel) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the client left (the container then completes the stream) or the stream already ended
            cancel.run();
        }
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
    }
}

package np.khaacho.query.order;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a subscription query as server-sent events: the initial result first, then each update.
 * The subscription ends with the stream (completed, timed out, or the client gone).
 */
@Component
class SubscriptionStreams {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionStreams.class);

    private final Duration timeout;

    SubscriptionStreams(@Value("${khaacho.streams.timeout:PT30M}") Duration timeout) {
        this.timeout = timeout;
    }

    <T> SseEmitter open(String eventName, SubscriptionQueryResult<T, T> subscription) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicReference<Disposable> flow = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable cancel = () -> {
            if (closed.compareAndSet(false, true)) {
                subscription.cancel();
                Disposable running = flow.get();
                if (running != null) {
                    running.dispose();
                }
            }
        };
        emitter.onCompletion(cancel);
        emitter.onError(failure -> cancel.run());
        emitter.onTimeout(() -> {
            cancel.run();
            emitter.complete();
        });
        // updates arrive on the projection's thread: a slow client must not hold the projection up
        flow.set(subscription.initialResult().concatWith(subscription.updates())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(item -> send(emitter, eventName, item, cancel),
                        failure -> {
                            log.warn("the {} stream ended with a failure: {}", eventName, failure.toString());
                            cancel.run();
                            emitter.complete();
                        },
                        emitter::complete));
        if (closed.get()) {
            flow.get().dispose();
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, String eventName, Object item, Runnable cancel) {
        try {
            emitter.send(SseEmitter.event().name(eventName).data(item, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // the client left (the container then completes the stream) or the stream already ended
            cancel.run();
        }
    }
}

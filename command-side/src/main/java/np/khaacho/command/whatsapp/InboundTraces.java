package np.khaacho.command.whatsapp;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A WhatsApp message is stored by the webhook call and read later by a worker: the trace of the call goes
 * with it. Storing it is a span of the call's trace whose context is written into the message
 * ({@code trace_context}); reading it is a span that continues that trace, so the drafts, the order and its
 * answer are one trace with the call. Without tracing nothing is written and each reading is on its own.
 */
@Component
public class InboundTraces {

    private final ObservationRegistry observations;

    public InboundTraces(ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** Stores the message within a span of the current trace, the span's context written into the message. */
    public <T> T stored(InboundMessage message, Function<InboundMessage, T> store) {
        Map<String, String> carrier = new HashMap<>();
        SenderContext<Map<String, String>> context = new SenderContext<>(Map::put, Kind.PRODUCER);
        context.setCarrier(carrier);
        return Observation.createNotStarted("khaacho.whatsapp.inbound.stored", () -> context, observations)
                .observe(() -> store.apply(message.within(carrier)));
    }

    /** Reads the message within a span that continues the trace it was stored in. */
    public void read(InboundMessage message, Runnable work) {
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
        context.setCarrier(message.trace());
        Observation.createNotStarted("khaacho.whatsapp.inbound.read", () -> context, observations).observe(work);
    }
}

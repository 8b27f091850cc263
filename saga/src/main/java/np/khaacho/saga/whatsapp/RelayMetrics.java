package np.khaacho.saga.whatsapp;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * What the relay tells operators: {@code khaacho.whatsapp.outbound} counts messages by outcome
 * (sent, postponed, held back by the open circuit, failed) and form, {@code khaacho.whatsapp.twilio.calls}
 * counts calls to Twilio, {@code khaacho.whatsapp.circuit.open} is 1 while the breaker is open; every
 * failure is logged with the message id.
 */
class RelayMetrics {

    private static final Logger log = LoggerFactory.getLogger(TwilioRelay.class);
    private static final String OUTBOUND = "khaacho.whatsapp.outbound";

    private final MeterRegistry meters;

    RelayMetrics(Optional<MeterRegistry> meters, CircuitBreaker breaker) {
        this.meters = meters.orElse(null);
        if (this.meters != null) {
            Gauge.builder("khaacho.whatsapp.circuit.open", breaker,
                            b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                    .description("1 while calls to Twilio are stopped").register(this.meters);
        }
        breaker.getEventPublisher().onStateTransition(event ->
                log.warn("Twilio circuit breaker: {}", event.getStateTransition()));
    }

    void sent(SendForm form) {
        count("sent", form.name());
    }

    void postponed(QueuedMessage message, int attempts, Duration wait, String error) {
        count("postponed", "NONE");
        log.info("outbox message {} ({}) not sent, attempt {}; trying again in {}: {}",
                message.id(), message.kind(), attempts, wait, error);
    }

    void heldBack(QueuedMessage message) {
        count("held_back", "NONE");
        log.debug("outbox message {} waits: the Twilio circuit breaker is open", message.id());
    }

    void failed(QueuedMessage message, SendForm form, String error) {
        count("failed", form == null ? "NONE" : form.name());
        log.warn("outbox message {} ({}) to {} FAILED: {}", message.id(), message.kind(), message.phone(), error);
    }

    void called() {
        if (meters != null) {
            Counter.builder("khaacho.whatsapp.twilio.calls").register(meters).increment();
        }
    }

    private void count(String outcome, String form) {
        if (meters != null) {
            Counter.builder(OUTBOUND).tag("outcome", outcome).tag("form", form).register(meters).increment();
        }
    }
}

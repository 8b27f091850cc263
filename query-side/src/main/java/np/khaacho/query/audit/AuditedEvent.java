package np.khaacho.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it. {@code globalIndex} is the event's place in the whole
 * store (known where the event was read from the store's table, absent otherwise).
 *
 * <p>Axon's metadata names the ids differently from the usual correlation/causation vocabulary:
 * Axon's {@code traceId} is the id of the first message of the chain (every event a request led
 * to shares it), here {@code correlationId}; Axon's {@code correlationId} is the id of the message
 * that directly caused this event (a command, or the event a saga reacted to), here
 * {@code causationId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditedEvent(Long globalIndex, String aggregateId, long sequenceNumber, String eventId, String type,
                           Instant timestamp, JsonNode payload, EventActor actor, String correlationId,
                           String causationId) {

    /**
     * Who caused the event; {@code onBehalfOf} names the person whose step the system was reacting
     * to when the system itself (a saga, a deadline) caused it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventActor(String userId, String role, String channel, String onBehalfOf) {
    }
}

package np.khaacho.query.audit;

import np.khaacho.kernel.common.Actor;

import java.util.Map;

/** Reads who caused an event and its correlation and causation ids from the event's metadata. */
final class EventMetadata {

    // keys Axon's MessageOriginProvider and the application's actor correlation put on every event
    private static final String AXON_ROOT = "traceId";
    private static final String AXON_CAUSE = "correlationId";
    private static final String ON_BEHALF_OF = "onBehalfOf";

    private final Map<String, ?> values;

    EventMetadata(Map<String, ?> values) {
        this.values = values == null ? Map.of() : values;
    }

    AuditedEvent.EventActor actor() {
        return new AuditedEvent.EventActor(text(Actor.USER_ID), text(Actor.ROLE), text(Actor.CHANNEL),
                text(ON_BEHALF_OF));
    }

    String correlationId() {
        return text(AXON_ROOT);
    }

    String causationId() {
        return text(AXON_CAUSE);
    }

    private String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}

package np.khaacho.app.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/** Reads an aggregate's events back from the event store, for assertions. */
public record EventLog(EventStore eventStore) {

    public List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    public List<String> types(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(DomainEventMessage::getPayloadType).map(Class::getSimpleName).toList();
    }

    public long count(String aggregateId, Class<?> type) {
        return payloads(aggregateId).stream().filter(type::isInstance).count();
    }

    public boolean has(String aggregateId, Class<?> type) {
        return count(aggregateId, type) > 0;
    }
}

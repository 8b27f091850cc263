package np.khaacho.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDBC event storage, telling {@link AppendedEvents} the global index of what it appends. The
 * index comes from the event table's sequence, read in the same database session right after the
 * insert (so it is this session's, not another's), and only while a thread records it.
 */
final class IndexRecordingStorageEngine implements EventStorageEngine {

    private static final String NEWEST_INDEX = "SELECT currval('event_store.global_index_seq')";

    private final EventStorageEngine storage;
    private final ConnectionProvider connections;

    IndexRecordingStorageEngine(EventStorageEngine storage, ConnectionProvider connections) {
        this.storage = storage;
        this.connections = connections;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        storage.appendEvents(events);
        if (!events.isEmpty() && AppendedEvents.watching()) {
            AppendedEvents.appended(newestIndex());
        }
    }

    private long newestIndex() {
        try (Connection connection = connections.getConnection();
             Statement statement = connection.createStatement();
             ResultSet newest = statement.executeQuery(NEWEST_INDEX)) {
            newest.next();
            return newest.getLong(1);
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the index of the events just appended", e);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return storage.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return storage.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }
}

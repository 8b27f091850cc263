package np.khaacho.query.audit;

import org.axonframework.common.DateTimeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads events straight from the JDBC event store's table, page by page in store order, so that an
 * export of any size holds one page in memory at a time. Each page is a query of its own: no
 * connection stays borrowed while a slow client downloads.
 */
@Component
class StoredEventReader {

    /** Receives the events one page at a time. */
    @FunctionalInterface
    interface PageSink {
        void accept(List<AuditedEvent> page) throws IOException;
    }

    private static final String TABLE = "event_store.domain_event_entry";
    private static final String SELECT = "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier, "
            + "payloadtype, \"timestamp\", metadata, payload FROM " + TABLE + " ";

    private final JdbcTemplate jdbc;
    private final AuditedEvents events;
    private final int pageSize;

    StoredEventReader(JdbcTemplate jdbc, AuditedEvents events,
                      @Value("${khaacho.audit.export-page-size:500}") int pageSize) {
        this.jdbc = jdbc;
        this.events = events;
        this.pageSize = pageSize;
    }

    boolean hasEvents(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + TABLE + " WHERE aggregateidentifier = ?)", Boolean.class,
                aggregateId));
    }

    /** One aggregate's events in sequence order. */
    void forEachOf(String aggregateId, PageSink sink) throws IOException {
        long after = -1;
        List<AuditedEvent> page;
        do {
            page = jdbc.query(SELECT + "WHERE aggregateidentifier = ? AND sequencenumber > ? "
                            + "ORDER BY sequencenumber LIMIT ?",
                    (row, n) -> events.of(row), aggregateId, after, pageSize);
            if (!page.isEmpty()) {
                sink.accept(page);
                after = page.get(page.size() - 1).sequenceNumber();
            }
        } while (page.size() == pageSize);
    }

    /**
     * Every event stamped within the range, in global order. Axon writes the timestamp as a
     * fixed-width ISO-8601 UTC text with milliseconds, so the bounds, formatted the same way,
     * compare as text. The global indexes of the first and last event in the range come from the
     * timestamp index; paging then walks the primary key between them.
     */
    void forEachBetween(TimeRange range, PageSink sink) throws IOException {
        String from = DateTimeUtils.formatInstant(range.from());
        String to = DateTimeUtils.formatInstant(range.to());
        Map<String, Object> bounds = jdbc.queryForMap("SELECT min(globalindex) AS first, max(globalindex) AS last FROM "
                + TABLE + " WHERE \"timestamp\" >= ? AND \"timestamp\" < ?", from, to);
        if (bounds.get("first") == null) {
            return;
        }
        long after = ((Number) bounds.get("first")).longValue() - 1;
        long last = ((Number) bounds.get("last")).longValue();
        List<AuditedEvent> page;
        do {
            page = jdbc.query(SELECT + "WHERE globalindex > ? AND globalindex <= ? "
                            + "AND \"timestamp\" >= ? AND \"timestamp\" < ? ORDER BY globalindex LIMIT ?",
                    (row, n) -> events.of(row), after, last, from, to, pageSize);
            if (!page.isEmpty()) {
                sink.accept(page);
                after = page.get(page.size() - 1).globalIndex();
            }
        } while (page.size() == pageSize);
    }

    /**
     * The events of the given other aggregates (stock, credit) that name the order in their payload,
     * from the order's first event on, in global order.
     */
    List<AuditedEvent> namingOrder(String orderId, Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(aggregateIds);
        parameters.add(orderId);
        parameters.add(orderId);
        String placeholders = String.join(", ", Collections.nCopies(aggregateIds.size(), "?"));
        return jdbc.query(SELECT + "WHERE aggregateidentifier IN (" + placeholders + ") "
                        + "AND globalindex >= (SELECT min(globalindex) FROM " + TABLE + " WHERE aggregateidentifier = ?) "
                        + "AND convert_from(payload, 'UTF8')::jsonb ->> 'orderId' = ? ORDER BY globalindex",
                (row, n) -> events.of(row), parameters.toArray());
    }
}

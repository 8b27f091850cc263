package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.query.support.TestDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's reads walk the event table in small pages and deliver every event once, in order.
 * The events are appended first through Axon's JDBC storage engine on the application's event
 * table, as the application appends them: three aggregates taking turns, one busier than the others.
 */
class StoredEventReaderTest {

    private static final int PAGE = 7;
    private static final Instant AT = Instant.parse("2031-05-06T07:00:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcTemplate jdbc = TestDatabase.jdbc();

    @BeforeAll
    static void appendEvents() {
        DataSource database = TestDatabase.dataSource();
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();
        JdbcEventStorageEngine store = JdbcEventStorageEngine.builder()
                .connectionProvider(database::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(EventSchema.builder()
                        .eventTable("event_store.domain_event_entry")
                        .snapshotTable("event_store.snapshot_event_entry")
                        .build())
                .build();
        ProductId busy = ProductId.random();
        ProductId rice = ProductId.random();
        ProductId dal = ProductId.random();
        VendorId vendor = VendorId.random();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < 12; sequence++) {
            Quantity onHand = Quantity.of(sequence + 1);
            events.add(event("Stock", StockId.of(busy).value(), sequence, new StockReceived(StockId.of(busy), busy,
                    Quantity.of(1), "delivery " + sequence, onHand, Quantity.ZERO), events.size()));
            if (sequence < 8) {
                for (ProductId product : List.of(rice, dal)) {
                    events.add(event("Product", product.value(), sequence, new ProductPriceChanged(product, vendor,
                            Money.of(100 + sequence), Money.of(101 + sequence)), events.size()));
                }
            }
        }
        store.appendEvents(events);
    }

    private static DomainEventMessage<?> event(String type, String aggregateId, long sequence, Object payload,
                                               int secondsAfter) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.from(Map.of("userId", "admin-1", "role", "ADMIN", "channel", "API")),
                aggregateId + "-" + sequence, AT.plusSeconds(secondsAfter));
    }

    @Test
    void readsATimeRangePageByPageInStoreOrder() throws IOException {
        String first = jdbc.queryForObject("SELECT min(\"timestamp\") FROM event_store.domain_event_entry",
                String.class);
        String last = jdbc.queryForObject("SELECT max(\"timestamp\") FROM event_store.domain_event_entry",
                String.class);
        List<Long> expected = jdbc.queryForList("SELECT globalindex FROM event_store.domain_event_entry "
                + "WHERE \"timestamp\" < ? ORDER BY globalindex", Long.class, last);
        assertThat(expected).hasSizeGreaterThan(3 * PAGE);

        List<List<AuditedEvent>> pages = new ArrayList<>();
        reader().forEachBetween(new TimeRange(Instant.parse(first), Instant.parse(last)), pages::add);

        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeBetween(1, PAGE));
        assertThat(pages.stream().flatMap(List::stream).map(AuditedEvent::globalIndex).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void readsAnAggregatesEventsPageByPageInSequenceOrder() throws IOException {
        String busiest = jdbc.queryForObject("SELECT aggregateidentifier FROM event_store.domain_event_entry "
                + "GROUP BY aggregateidentifier ORDER BY count(*) DESC, aggregateidentifier LIMIT 1", String.class);
        List<Long> expected = jdbc.queryForList("SELECT sequencenumber FROM event_store.domain_event_entry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", Long.class, busiest);

        List<AuditedEvent> read = new ArrayList<>();
        new StoredEventReader(jdbc, new AuditedEvents(JSON), 1).forEachOf(busiest, read::addAll);

        assertThat(read).extracting(AuditedEvent::sequenceNumber).containsExactlyElementsOf(expected);
        assertThat(read).extracting(AuditedEvent::aggregateId).containsOnly(busiest);
    }

    @Test
    void anEmptyRangeDeliversNoPage() throws IOException {
        List<List<AuditedEvent>> pages = new ArrayList<>();
        reader().forEachBetween(new TimeRange(Instant.parse("2001-01-01T00:00:00Z"),
                Instant.parse("2001-01-02T00:00:00Z")), pages::add);
        assertThat(pages).isEmpty();
    }

    private StoredEventReader reader() {
        return new StoredEventReader(jdbc, new AuditedEvents(JSON), PAGE);
    }
}

package np.khaacho.query.audit;

import np.khaacho.app.KhaachoApplication;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's reads walk the event table in small pages and deliver every event once, in order.
 * The application class is named because this package is outside the application's; the test
 * shares the one running application of the other integration tests.
 */
@ContextConfiguration(classes = KhaachoApplication.class)
class StoredEventReaderTest extends IntegrationTest {

    private static final int PAGE = 7;

    @Test
    void readsATimeRangePageByPageInStoreOrder() throws IOException {
        eventCount();
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
        eventCount();
        String busiest = jdbc.queryForObject("SELECT aggregateidentifier FROM event_store.domain_event_entry "
                + "GROUP BY aggregateidentifier ORDER BY count(*) DESC, aggregateidentifier LIMIT 1", String.class);
        List<Long> expected = jdbc.queryForList("SELECT sequencenumber FROM event_store.domain_event_entry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", Long.class, busiest);

        List<AuditedEvent> read = new ArrayList<>();
        new StoredEventReader(jdbc, new AuditedEvents(json), 1).forEachOf(busiest, read::addAll);

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
        return new StoredEventReader(jdbc, new AuditedEvents(json), PAGE);
    }
}

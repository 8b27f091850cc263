package np.khaacho.query.invoice.books;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.invoice.InvoiceIssued;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The documents of a vendor's month rebuilt from its {@link InvoiceIssued} events, read straight from the event store. */
@Component
class ReplayedSales {

    private static final String TABLE = "event_store.domain_event_entry";
    private static final Duration MARGIN = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ReplayedSales(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<BookEntry> of(String vendorId, BookMonth month) {
        String from = DateTimeUtils.formatInstant(startOf(month.from()).minus(MARGIN));
        String to = DateTimeUtils.formatInstant(startOf(month.to().plusDays(1)).plus(MARGIN));
        List<InvoiceIssued> issued = jdbc.query("SELECT payload, payloadtype, payloadrevision FROM " + TABLE
                        + " WHERE \"timestamp\" >= ? AND \"timestamp\" < ? AND payloadtype = ?"
                        + " AND convert_from(payload, 'UTF8')::jsonb ->> 'vendorId' = ? ORDER BY globalindex",
                (rs, i) -> read(rs.getBytes("payload"), rs.getString("payloadtype"), rs.getString("payloadrevision")),
                from, to, InvoiceIssued.class.getName(), vendorId);
        return issued.stream()
                .filter(e -> Objects.equals(e.vendorId().value(), vendorId))
                .map(e -> BookEntry.of(e.invoiceId().value(), e.document()))
                .filter(entry -> month.contains(entry.issuedOn()))
                .toList();
    }

    private InvoiceIssued read(byte[] payload, String type, String revision) {
        return serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, type, revision));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BsDate.NEPAL).toInstant();
    }
}

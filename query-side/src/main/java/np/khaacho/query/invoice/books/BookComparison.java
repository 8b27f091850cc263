package np.khaacho.query.invoice.books;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A month's book from the read model beside the one rebuilt from the events, and every difference (none expected). */
public record BookComparison(
        String vendorId,
        String month,
        int projectionRows,
        int replayRows,
        boolean same,
        List<String> differences) {

    static BookComparison of(SalesBook projection, SalesBook replay) {
        List<String> differences = new ArrayList<>();
        Map<String, SalesBookRow> replayed = byDocument(replay.rows());
        for (SalesBookRow row : projection.rows()) {
            SalesBookRow other = replayed.remove(key(row));
            if (other == null) {
                differences.add(row.number() + ": in the projection only");
            } else if (!row.equals(other)) {
                differences.add(row.number() + ": projection " + row + ", replay " + other);
            }
        }
        replayed.values().forEach(row -> differences.add(row.number() + ": in the replay only"));
        if (!Objects.equals(projection.totals(), replay.totals())) {
            differences.add("totals: projection " + projection.totals() + ", replay " + replay.totals());
        }
        return new BookComparison(projection.vendorId(), projection.month(), projection.rows().size(),
                replay.rows().size(), differences.isEmpty(), List.copyOf(differences));
    }

    private static Map<String, SalesBookRow> byDocument(List<SalesBookRow> rows) {
        Map<String, SalesBookRow> byDocument = new LinkedHashMap<>();
        rows.forEach(row -> byDocument.put(key(row), row));
        return byDocument;
    }

    private static String key(SalesBookRow row) {
        return row.kind() + " " + row.number();
    }
}

package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports events as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or
 * line break enclosed in quotes with its quotes doubled); the payload is one column of compact JSON.
 * A spreadsheet opening the file must not run anything in it: a field that starts like a formula
 * gets a leading single quote, so it is read as text (OWASP's advice on CSV injection).
 */
final class CsvEventWriter implements EventExportWriter {

    static final List<String> COLUMNS = List.of("globalIndex", "aggregateId", "sequenceNumber", "eventId", "type",
            "timestamp", "userId", "role", "channel", "onBehalfOf", "correlationId", "causationId", "payload");

    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final ObjectMapper json;

    CsvEventWriter(Writer out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void begin() throws IOException {
        writeRow(COLUMNS);
        out.flush();
    }

    @Override
    public void write(List<AuditedEvent> page) throws IOException {
        for (AuditedEvent event : page) {
            writeRow(fields(event));
        }
        out.flush();
    }

    private List<String> fields(AuditedEvent event) throws IOException {
        AuditedEvent.EventActor actor = event.actor();
        List<String> fields = new ArrayList<>(COLUMNS.size());
        fields.add(event.globalIndex() == null ? null : event.globalIndex().toString());
        fields.add(event.aggregateId());
        fields.add(Long.toString(event.sequenceNumber()));
        fields.add(event.eventId());
        fields.add(event.type());
        fields.add(event.timestamp().toString());
        fields.add(actor.userId());
        fields.add(actor.role());
        fields.add(actor.channel());
        fields.add(actor.onBehalfOf());
        fields.add(event.correlationId());
        fields.add(event.causationId());
        fields.add(json.writeValueAsString(event.payload()));
        return fields;
    }

    private void writeRow(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write(LINE_END);
    }

    static String quoted(String raw) {
        if (raw == null) {
            return "";
        }
        String field = inert(raw);
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * The field, with a single quote before it when a spreadsheet would read it as a formula: it starts
     * with =, +, -, @, a tab or a carriage return. Numbers are no exception: no column of this export
     * holds a negative number (indexes and sequence numbers count from 0, amounts are in the JSON
     * payload), so one rule covers every field and every spreadsheet reads it the same way.
     */
    static String inert(String field) {
        return !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }
}

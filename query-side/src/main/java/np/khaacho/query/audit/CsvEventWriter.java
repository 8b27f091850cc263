package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports events as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or
 * line break enclosed in quotes with its quotes doubled); the payload is one column of compact JSON.
 */
final class CsvEventWriter implements EventExportWriter {

    static final List<String> COLUMNS = List.of("globalIndex", "aggregateId", "sequenceNumber", "eventId", "type",
            "timestamp", "userId", "role", "channel", "onBehalfOf", "correlationId", "causationId", "payload");

    private static final String LINE_END = "\r\n";

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

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

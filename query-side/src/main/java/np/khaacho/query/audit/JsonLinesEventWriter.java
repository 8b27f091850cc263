package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Exports events as JSON lines: each event, as the events endpoint shows it, on a line of its own. */
final class JsonLinesEventWriter implements EventExportWriter {

    private final Writer out;
    private final ObjectMapper json;

    JsonLinesEventWriter(Writer out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void begin() {
        // JSON lines have no header
    }

    @Override
    public void write(List<AuditedEvent> page) throws IOException {
        for (AuditedEvent event : page) {
            // written as a string: ObjectMapper.writeValue would close the response's writer
            out.write(json.writeValueAsString(event));
            out.write('\n');
        }
        out.flush();
    }
}

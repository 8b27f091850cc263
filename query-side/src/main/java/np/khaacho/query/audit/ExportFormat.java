package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.kernel.api.ApiException;

import java.io.Writer;
import java.util.Locale;

/** The formats events are exported in: one JSON object per line, or CSV with a header row. */
enum ExportFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The requested format; JSON lines when none is asked for. */
    static ExportFormat of(String requested) {
        if (requested == null) {
            return JSONL;
        }
        return switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "jsonl", "ndjson" -> JSONL;
            case "csv" -> CSV;
            default -> throw ApiException.invalid("format must be jsonl or csv: " + requested);
        };
    }

    String contentType() {
        return contentType;
    }

    String fileName(String name) {
        return name + "." + extension;
    }

    EventExportWriter writer(Writer out, ObjectMapper json) {
        return this == CSV ? new CsvEventWriter(out, json) : new JsonLinesEventWriter(out, json);
    }
}

package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Downloads of stored events, as JSON lines or CSV: one order's, or all events of a time range.
 * The file is written to the response page by page while it is read, in the request's own thread,
 * so nothing is held in memory beyond a page and no asynchronous dispatch has to be authorised again.
 */
@RestController
@RequestMapping("/v1/audit")
@Tag(name = "Audit")
class EventExportController {

    private static final DateTimeFormatter FILE_INSTANT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StoredEventReader stored;
    private final ObjectMapper json;

    EventExportController(StoredEventReader stored, ObjectMapper json) {
        this.stored = stored;
        this.json = json;
    }

    @GetMapping("/orders/{id}/export")
    public void order(@PathVariable("id") String id, @RequestParam(name = "format", required = false) String format,
                      Actor actor, HttpServletResponse response) throws IOException {
        AuditAccess.requireAuditor(actor);
        ExportFormat chosen = ExportFormat.of(format);
        // checked before the first byte: once the download has begun, a refusal can no longer be answered
        if (!OrderHistory.isOrderId(id) || !stored.hasEvents(id)) {
            throw ApiException.notFound("order", id);
        }
        EventExportWriter writer = open(response, chosen, id + "-events");
        stored.forEachOf(id, writer::write);
    }

    /** Every event stamped from {@code from} (inclusive) to {@code to} (exclusive), in the order stored. */
    @GetMapping("/events/export")
    public void range(@RequestParam(name = "from", required = false) String from,
                      @RequestParam(name = "to", required = false) String to,
                      @RequestParam(name = "format", required = false) String format,
                      Actor actor, HttpServletResponse response) throws IOException {
        AuditAccess.requireAuditor(actor);
        ExportFormat chosen = ExportFormat.of(format);
        TimeRange range = TimeRange.of(from, to);
        String name = "events-" + FILE_INSTANT.format(range.from()) + "-" + FILE_INSTANT.format(range.to());
        EventExportWriter writer = open(response, chosen, name);
        stored.forEachBetween(range, writer::write);
    }

    private EventExportWriter open(HttpServletResponse response, ExportFormat format, String name)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(format.fileName(name)).build().toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        EventExportWriter writer = format.writer(out, json);
        writer.begin();
        return writer;
    }
}

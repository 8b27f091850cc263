package np.khaacho.query.audit;

import java.io.IOException;
import java.util.List;

/** Writes exported events one page at a time, flushing each page to the client as it is written. */
interface EventExportWriter {

    void begin() throws IOException;

    void write(List<AuditedEvent> page) throws IOException;
}

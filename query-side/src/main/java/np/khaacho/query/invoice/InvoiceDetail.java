package np.khaacho.query.invoice;

import np.khaacho.kernel.invoice.InvoiceDocument;

import java.time.Instant;
import java.util.List;

/** One invoice or credit note: its summary, the document as issued, and every access to it so far. */
public record InvoiceDetail(InvoiceSummary summary, InvoiceDocument document, List<Access> accesses) {

    /** A view, print, export or re-send, by whom and when; {@code copy} is the copy number it showed. */
    public record Access(String kind, String userId, int copy, Instant at) {
    }
}

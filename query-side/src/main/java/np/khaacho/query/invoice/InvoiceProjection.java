package np.khaacho.query.invoice;

import np.khaacho.kernel.invoice.AccessKind;
import np.khaacho.kernel.invoice.InvoiceAccessed;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceReportedToTaxOffice;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Every issued invoice and credit note, whole as issued, every access to one, and how its report to the
 * tax office stands, from their events.
 */
@Component
@ProcessingGroup("invoices-projection")
class InvoiceProjection {

    private final InvoiceTables tables;

    InvoiceProjection(InvoiceTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(InvoiceIssued e, @SequenceNumber long sequence) {
        tables.issue(e, sequence);
    }

    @EventHandler
    void on(InvoiceAccessed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (tables.access(e, sequence, at) && e.kind() != AccessKind.VIEW) {
            tables.countPrint(e.invoiceId().value(), sequence);
        }
    }

    @EventHandler
    void on(InvoiceReportedToTaxOffice e, @SequenceNumber long sequence) {
        tables.taxOffice(e, sequence);
    }

    @ResetHandler
    void reset() {
        tables.truncate();
    }
}

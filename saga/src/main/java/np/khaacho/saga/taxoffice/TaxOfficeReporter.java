package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.invoice.InvoiceIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Queues the report of every tax invoice and credit note to the tax office, in the transaction that
 * handles its event; the relay sends it. Documents of a seller not registered for VAT are no tax
 * invoices and are not reported. Never during a replay: the reports went out the first time.
 */
@Component
@ConditionalOnProperty(prefix = "khaacho.cbms", name = "enabled", havingValue = "true")
@ProcessingGroup(TaxOfficeReporter.PROCESSING_GROUP)
@DisallowReplay
class TaxOfficeReporter {

    static final String PROCESSING_GROUP = "tax-office";

    private final ReportQueue queue;

    TaxOfficeReporter(ReportQueue queue) {
        this.queue = queue;
    }

    @EventHandler
    void on(InvoiceIssued event) {
        if (event.document().taxInvoice()) {
            queue.add(event);
        }
    }
}

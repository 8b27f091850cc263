package np.khaacho.command.invoice;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceNumberTaken;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One vendor's numbers for one kind of document in one fiscal year. A number is taken in the same
 * transaction as the document it numbers: two instances taking one at once collide on the event
 * store's key, and the loser rolls back whole and tries again, so the sequence has no gap and no repeat.
 */
@Aggregate(snapshotTriggerDefinition = "invoiceBookSnapshotTrigger")
// Snapshots are written with Jackson, which must see the private state: without it a book's snapshot was
// empty, and the book could not be loaded again once its first snapshot was taken (every later number failed).
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class InvoiceBook {

    @AggregateIdentifier
    private String bookId;
    private long taken;

    public InvoiceBook() {
        // a book is opened by its first number; Axon also rebuilds it from its events with this
    }

    static String idOf(VendorId vendorId, String fiscalYear, DocumentKind kind) {
        return "invoice-book:" + vendorId.value() + ":" + fiscalYear + ":" + kind.name();
    }

    static String numberOf(DocumentKind kind, String fiscalYear, long sequence) {
        String number = fiscalYear + "-" + String.format("%05d", sequence);
        return kind == DocumentKind.CREDIT_NOTE ? "CN-" + number : number;
    }

    /** Takes the next number for the given document; the book's id names the vendor, year and kind. */
    String take(VendorId vendorId, String fiscalYear, DocumentKind kind, InvoiceId invoiceId) {
        long sequence = taken + 1;
        String number = numberOf(kind, fiscalYear, sequence);
        apply(new InvoiceNumberTaken(idOf(vendorId, fiscalYear, kind), vendorId, fiscalYear, kind, sequence, number,
                invoiceId));
        return number;
    }

    @EventSourcingHandler
    void on(InvoiceNumberTaken event) {
        bookId = event.bookId();
        taken = event.sequence();
    }
}
